import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { Paper } from '../paper/paper.entity';

// Made by the SearchIndexes migration: exact, prefix, trigram and letter matches of the name.
@Index('dataset_search_name', { synchronize: false })
@Index('dataset_search_trigram', { synchronize: false })
@Index('dataset_search_letters', { synchronize: false })
@Index('dataset_search_nearest', { synchronize: false })
@ObjectType({ implements: Node, description: 'A dataset that tasks are evaluated on.' })
// GIN indexes for the array filters are created by hand in the migration.
@Index('dataset_modalities_gin', { synchronize: false })
@Index('dataset_languages_gin', { synchronize: false })
@Entity()
export class Dataset {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ unique: true })
  slug: string;

  @Field({ description: 'The name leaderboards use, e.g. SQuAD1.1.' })
  @Index()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  fullName: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  shortDescription: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  homepage: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column('date', { nullable: true })
  introducedDate: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  licenseName: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  licenseUrl: string | null;

  @Field(() => [String], { description: 'e.g. Images, Texts.' })
  @Column('text', { array: true, default: () => "'{}'" })
  modalities: string[];

  @Field(() => [String])
  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => [String], { description: 'Alternative names, used to match leaderboard datasets.' })
  @Column('text', { array: true, default: () => "'{}'" })
  variants: string[];

  @Index()
  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Dataset, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent: Dataset | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  introducedByPaperId: number | null;

  @ManyToOne(() => Paper, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'introduced_by_paper_id' })
  introducedByPaper: Paper | null;
}
