import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from '../task/task.entity';
import { Dataset } from './dataset.entity';

/** A task a dataset is used for (from the datasets dump and from leaderboards). */
@Entity()
export class DatasetTask {
  @PrimaryColumn()
  datasetId: number;

  @PrimaryColumn()
  @Index()
  taskId: number;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset: Dataset;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Task;
}
