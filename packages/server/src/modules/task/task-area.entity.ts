import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Area } from '../area/area.entity';
import { Task } from './task.entity';

/** A task's areas; position 0 is its primary area. */
@Entity()
export class TaskArea {
  @PrimaryColumn()
  taskId: number;

  @PrimaryColumn()
  @Index()
  areaId: number;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Task;

  @ManyToOne(() => Area, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area: Area;
}
