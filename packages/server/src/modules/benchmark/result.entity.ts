import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { Paper } from '../paper/paper.entity';
import { Benchmark } from './benchmark.entity';
import { Link } from './link.type';

/** One leaderboard row: a model's published results on a benchmark. */
@ObjectType({ implements: Node, description: 'One leaderboard row: a model evaluated on a benchmark.' })
@Entity()
export class Result {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column()
  benchmarkId: number;

  @ManyToOne(() => Benchmark, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benchmark_id' })
  benchmark: Benchmark;

  @Index()
  @Column({ type: 'integer', nullable: true })
  paperId: number | null;

  @ManyToOne(() => Paper, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper | null;

  @Field()
  @Column()
  modelName: string;

  @Field(() => String, { nullable: true, description: 'The paper title as published on the leaderboard.' })
  @Column('text', { nullable: true })
  paperTitle: string | null;

  @Field(() => String, { nullable: true, description: 'The paper URL as published on the leaderboard.' })
  @Column('text', { nullable: true })
  paperUrl: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the result was published.' })
  @Column('date', { nullable: true })
  evaluatedOn: string | null;

  @Field({ description: 'The model used extra training data.' })
  @Column({ default: false })
  usesAdditionalData: boolean;

  @Field(() => [Link])
  @Column('jsonb', { default: () => "'[]'" })
  codeLinks: Link[];

  @Field(() => [Link])
  @Column('jsonb', { default: () => "'[]'" })
  modelLinks: Link[];

  @Field({ description: 'Where the row came from, e.g. pwc-archive.' })
  @Column({ default: 'pwc-archive' })
  source: string;
}
