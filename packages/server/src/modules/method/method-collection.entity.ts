import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Area } from '../area/area.entity';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: 'A collection of methods within an area, e.g. Attention Mechanisms.' })
@Entity()
export class MethodCollection {
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

  @Index()
  @Column({ type: 'integer', nullable: true })
  areaId: number | null;

  @ManyToOne(() => Area, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'area_id' })
  area: Area | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @ManyToOne(() => MethodCollection, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent: MethodCollection | null;
}
