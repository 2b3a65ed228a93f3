import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Benchmark } from './benchmark.entity';
import { Node } from '../node/node.interface';
import { DirectionSource, MetricDirection } from './metric-direction.enum';

/** A column of a leaderboard. */
@ObjectType({ implements: Node, description: 'A leaderboard column.' })
@Entity()
@Unique(['benchmarkId', 'name'])
export class Metric {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  benchmarkId: number;

  @ManyToOne(() => Benchmark, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benchmark_id' })
  benchmark: Benchmark;

  @Field()
  @Column()
  name: string;

  @Field(() => Int, { description: 'Column order; 0 is the default ranking metric.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => MetricDirection)
  @Column({ type: 'varchar', length: 20 })
  direction: MetricDirection;

  @Field(() => DirectionSource)
  @Column({ type: 'varchar', length: 20 })
  directionSource: DirectionSource;

  @Field({ description: 'False for descriptive columns (Backbone, Notes, ...) that are never ranked.' })
  @Column({ default: true })
  isNumeric: boolean;
}
