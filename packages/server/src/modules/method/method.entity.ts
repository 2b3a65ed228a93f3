import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { Paper } from '../paper/paper.entity';

// Made by the SearchIndexes migration: exact, prefix, trigram and letter matches of the name.
@Index('method_search_name', { synchronize: false })
@Index('method_search_trigram', { synchronize: false })
@Index('method_search_letters', { synchronize: false })
@Index('method_search_nearest', { synchronize: false })
@ObjectType({ implements: Node, description: 'A method (architecture, layer, optimizer, ...).' })
@Entity()
export class Method {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ unique: true })
  slug: string;

  @Field()
  @Index()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  fullName: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown with $LaTeX$.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the method was introduced, when known.' })
  @Index()
  @Column({ type: 'smallint', nullable: true })
  introducedYear: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  sourceUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  sourceTitle: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  codeSnippetUrl: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  introducedByPaperId: number | null;

  @ManyToOne(() => Paper, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'introduced_by_paper_id' })
  introducedByPaper: Paper | null;
}
