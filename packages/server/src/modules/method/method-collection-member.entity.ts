import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MethodCollection } from './method-collection.entity';
import { Method } from './method.entity';

@Entity()
export class MethodCollectionMember {
  @PrimaryColumn()
  methodId: number;

  @PrimaryColumn()
  @Index()
  collectionId: number;

  @ManyToOne(() => Method, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'method_id' })
  method: Method;

  @ManyToOne(() => MethodCollection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection: MethodCollection;
}
