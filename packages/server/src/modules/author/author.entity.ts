import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

/** The archive has no author ids: an author is identified by full name. */
@ObjectType({ implements: Node })
@Entity()
export class Author {
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ unique: true })
  name: string;
}
