import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Metric } from './metric.entity';
import { Result } from './result.entity';

/** One cell of a leaderboard: the raw published text and the number parsed from it. */
@ObjectType({ description: 'One value of a result: the text as published and the number in it.' })
@Entity()
export class ResultValue {
  @PrimaryColumn()
  resultId: number;

  @PrimaryColumn()
  @Index()
  metricId: number;

  @ManyToOne(() => Result, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'result_id' })
  result: Result;

  @ManyToOne(() => Metric, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id' })
  metric: Metric;

  @Field(() => String, { nullable: true, description: 'The value exactly as published, e.g. "0.8428 ± 0.0014".' })
  @Column('text', { nullable: true })
  raw: string | null;

  @Field(() => Float, { nullable: true, description: 'The number parsed from raw, when there is one.' })
  @Column('double precision', { nullable: true })
  value: number | null;
}
