import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: 'A code repository implementing one or more papers.' })
@Entity()
export class Repository {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Normalized URL, e.g. https://github.com/google-research/bert.' })
  @Column({ unique: true })
  url: string;

  @Field(() => String, { nullable: true, description: 'pytorch, tf, jax, ... or null when unknown.' })
  @Column('text', { nullable: true })
  framework: string | null;

  @Field(() => Int, { nullable: true, description: 'GitHub stars where known (the archive has none).' })
  @Column({ type: 'integer', nullable: true })
  stars: number | null;
}
