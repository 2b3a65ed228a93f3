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

  @Field({
    description:
      'True when any published value of the column holds a number; false for label columns (Backbone, Notes, ...) and columns with no number at all, which are never ranked. The first numeric column ranks by default.',
  })
  @Column({ default: true })
  isNumeric: boolean;
}
