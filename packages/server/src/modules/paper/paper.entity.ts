import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { Proceeding } from '../venue/proceeding.entity';
import { Venue } from '../venue/venue.entity';

// Made by hand in the migrations: the GIN index over search_vector, and the indexes of the
// default newest-first order and of the papers of a proceeding or venue.
@Index('paper_search_gin', { synchronize: false })
@Index('paper_published_order', { synchronize: false })
// Made by the SearchIndexes migration: a title as a whole, by prefix, and its short name.
@Index('paper_search_title', { synchronize: false })
@Index('paper_search_short_title', { synchronize: false })
@Index('paper_proceeding_order', { synchronize: false })
@Index('paper_venue_order', { synchronize: false })
@ObjectType({ implements: Node, description: 'A research paper.' })
@Entity()
export class Paper {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'The Papers with Code paper id, e.g. bert-pre-training-of-deep-bidirectional.' })
  @Column({ unique: true })
  slug: string;

  @Field(() => String, { nullable: true, description: 'arXiv id without version, e.g. 1810.04805.' })
  @Column('text', { nullable: true, unique: true })
  arxivId: string | null;

  @Field()
  @Column()
  title: string;

  /** normalizeTitle(title), for linking leaderboard rows to papers. */
  @Index()
  @Column()
  normalizedTitle: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  abstract: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  urlAbs: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  urlPdf: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD.' })
  @Index()
  @Column('date', { nullable: true })
  published: string | null;

  @Field(() => String, { nullable: true, description: 'Venue label, e.g. "NAACL 2019 6".' })
  @Column('text', { nullable: true })
  proceeding: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the conference version of this paper.' })
  @Column('text', { nullable: true })
  conference: string | null;

  /** The proceeding `proceeding` names (see venue/proceeding-label.ts); set by the importer. */
  @Column({ type: 'integer', nullable: true })
  proceedingId: number | null;

  @ManyToOne(() => Proceeding, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proceeding_id' })
  proceedingRef: Proceeding | null;

  /** The venue of that proceeding, kept with it: a venue's papers are one index range. */
  @Column({ type: 'integer', nullable: true })
  venueId: number | null;

  @ManyToOne(() => Venue, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'venue_id' })
  venueRef: Venue | null;

  /** Title (weight A) and abstract (B) for full-text search; set by a database trigger. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;
}
