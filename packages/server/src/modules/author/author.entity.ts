import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

/**
 * The archive has no author ids: an author is one spelling of a name. Spellings of one person
 * ("J. Devlin", "Jacob Devlin") stay separate authors, since nothing in the data links them.
 */
// Made by the SearchIndexes migration: exact, prefix, trigram and letter matches of the name.
@Index('author_search_name', { synchronize: false })
@Index('author_search_trigram', { synchronize: false })
@Index('author_search_letters', { synchronize: false })
@Index('author_search_words', { synchronize: false })
@ObjectType({ implements: Node, description: 'An author, as one spelling of a name on papers.' })
@Entity()
export class Author {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'The name as written on the papers, e.g. Jacob Devlin.' })
  @Column({ unique: true })
  name: string;

  @Field({ description: 'Stable, e.g. jacob-devlin; /author/<slug> on the web.' })
  @Column({ unique: true })
  slug: string;

  /** Papers with this name on their byline; kept by the importer (popularity for search). */
  @Field(() => Int, { description: 'Papers with this name on their byline.' })
  @Column({ type: 'integer', default: 0 })
  paperCount: number;
}
