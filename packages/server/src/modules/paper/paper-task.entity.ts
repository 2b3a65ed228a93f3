import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from '../task/task.entity';
import { Paper } from './paper.entity';

// Made by hand in the migrations: (task_id, paper_id), the newest papers of a task first (related papers).
@Index('paper_task_newest', { synchronize: false })
// Made by the PaperLinkDates migration: (task_id, published DESC, paper_id DESC), a task's papers newest first.
@Index('paper_task_by_date', { synchronize: false })
@Entity()
export class PaperTask {
  @PrimaryColumn()
  paperId: number;

  // Indexed first in the by-date index (no index of its own).
  @PrimaryColumn()
  taskId: number;

  /** The paper's date (undated: 0001-01-01), written with the link by the importer: the sort key of its list. */
  @Column({ type: 'date', default: '0001-01-01' })
  published: string;

  @ManyToOne(() => Paper, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Task;
}
