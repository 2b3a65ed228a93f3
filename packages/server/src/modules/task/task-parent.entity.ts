import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from './task.entity';

/** One edge of the task DAG: `childId` is a subtask of `parentId`. */
@Entity()
export class TaskParent {
  @PrimaryColumn()
  parentId: number;

  @PrimaryColumn()
  @Index()
  childId: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent: Task;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child: Task;
}
