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

  /** ARCHIVE: the task's categories in the archive; TAXONOMY: supplied by the taxonomy (archive/taxonomy). */
  @Column({ type: 'varchar', length: 20, default: 'ARCHIVE' })
  source: 'ARCHIVE' | 'TAXONOMY';

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Task;

  @ManyToOne(() => Area, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area: Area;
}
