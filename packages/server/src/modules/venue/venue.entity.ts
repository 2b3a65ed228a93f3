import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

/** A conference or journal, e.g. NeurIPS; made from the papers' proceeding texts by the importer. */
@ObjectType({ implements: Node, description: 'A conference or journal, e.g. NeurIPS, with its proceedings.' })
@Entity()
export class Venue {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'e.g. neurips; /conference/<slug> on the web.' })
  @Column({ unique: true })
  slug: string;

  @Field({ description: 'e.g. NeurIPS.' })
  @Column()
  name: string;

  @Field(() => Int, { description: 'Papers in its proceedings.' })
  @Column({ type: 'integer', default: 0 })
  paperCount: number;
}
