import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from '../task/task.entity';
import { Paper } from './paper.entity';

// Made by hand in the migrations: (task_id, paper_id), the newest papers of a task first (related papers).
@Index('paper_task_newest', { synchronize: false })
@Entity()
export class PaperTask {
  @PrimaryColumn()
  paperId: number;

  @PrimaryColumn()
  @Index()
  taskId: number;

  @ManyToOne(() => Paper, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Task;
}
