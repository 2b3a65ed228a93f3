import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { Venue } from './venue.entity';

/** One edition of a venue (NeurIPS 2019), as a paper's `proceeding` names it. */
@ObjectType({ implements: Node, description: 'One edition of a venue, e.g. NeurIPS 2019.' })
@Entity()
export class Proceeding {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'e.g. neurips-2019-12 (venue, year, month), as the old /conference/ paths.' })
  @Column({ unique: true })
  slug: string;

  @Field({ description: 'e.g. NeurIPS 2019.' })
  @Column()
  name: string;

  @Index()
  @Column()
  venueId: number;

  @ManyToOne(() => Venue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue: Venue;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  @Field(() => Int, { nullable: true, description: '1-12, when the proceeding text gives it.' })
  @Column({ type: 'smallint', nullable: true })
  month: number | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  paperCount: number;
}
