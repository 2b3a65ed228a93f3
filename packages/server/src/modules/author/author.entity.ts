import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

/** The archive has no author ids: an author is identified by full name. */
// Made by the SearchIndexes migration: exact, prefix, trigram and letter matches of the name.
@Index('author_search_name', { synchronize: false })
@Index('author_search_trigram', { synchronize: false })
@Index('author_search_letters', { synchronize: false })
@ObjectType({ implements: Node })
@Entity()
export class Author {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ unique: true })
  name: string;
}
