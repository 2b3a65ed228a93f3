import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: 'A research area, e.g. Computer Vision.' })
@Entity()
export class Area {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ unique: true })
  slug: string;

  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  /** Place among the final archive's 16 research areas (0: the largest); null outside the taxonomy. */
  @Column('smallint', { nullable: true })
  position: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Tasks the final archive's taxonomy (July 2025) counts in the area: a reference for taskCount, which counts the imported tasks; null for an area outside the taxonomy (e.g. a method area).",
  })
  @Column('integer', { nullable: true })
  archiveTaskCount: number | null;
}
