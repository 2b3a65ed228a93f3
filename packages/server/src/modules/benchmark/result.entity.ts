import { Field, ObjectType } from 'type-graphql';
import { DateSource, PaperLinkKind } from './result-provenance.enum';
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

  // Import bookkeeping (issue 9). The files and positions a row came from are in
  // result_provenance (see src/archive/evaluation/result-writer.ts).

  /** Where evaluatedOn came from: ROW (published with the row), PAPER (the linked paper's date), ARXIV_ID (its month). */
  @Field(() => DateSource, { nullable: true, description: 'Where evaluatedOn came from; null without a date.' })
  @Column('varchar', { length: 20, nullable: true })
  dateSource: DateSource | null;

  /** How paperId was found: PAPER_SLUG, ARXIV_ID or TITLE (a normalised title exactly one paper has). */
  @Field(() => PaperLinkKind, {
    nullable: true,
    description: 'How the row was linked to its paper; null when it is not.',
  })
  @Column('varchar', { length: 20, nullable: true })
  paperLink: PaperLinkKind | null;

  /** The paper the row names, as keys that link it whenever the paper arrives. */
  @Column('text', { nullable: true })
  paperRefSlug: string | null;

  @Column('text', { nullable: true })
  paperRefArxivId: string | null;

  @Column('text', { nullable: true })
  paperRefTitle: string | null;

  /** Hash of model name, paper title and URL and every value: the same row in any source. */
  @Column('text', { nullable: true })
  contentKey: string | null;
}
