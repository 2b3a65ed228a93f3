import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

// Made by the SearchIndexes migration: exact, prefix, trigram and letter matches of the name.
@Index('task_search_name', { synchronize: false })
@Index('task_search_trigram', { synchronize: false })
@Index('task_search_letters', { synchronize: false })
@Index('task_search_nearest', { synchronize: false })
@ObjectType({ implements: Node, description: 'A machine-learning task, e.g. Question Answering.' })
@Entity()
export class Task {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ unique: true })
  slug: string;

  @Field()
  @Index()
  @Column()
  name: string;

  @Field(() => String, { nullable: true, description: 'Markdown, may contain LaTeX.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'Other names the task is known by.' })
  @Column('text', { array: true, default: () => "'{}'" })
  synonyms: string[];
}
