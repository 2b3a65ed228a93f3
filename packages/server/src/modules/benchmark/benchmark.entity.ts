import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Dataset } from '../dataset/dataset.entity';
import { Node } from '../node/node.interface';
import { Task } from '../task/task.entity';

/** One leaderboard: the results of a task on a dataset. */
@ObjectType({ implements: Node, description: 'A leaderboard: results of one task on one dataset.' })
@Entity()
@Unique(['taskId', 'datasetId'])
export class Benchmark {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: '`<task-slug>-on-<dataset-slug>`, as in /sota/<slug> on the old site.' })
  @Column({ unique: true })
  slug: string;

  @Column()
  taskId: number;

  @Index()
  @Column()
  datasetId: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Task;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset: Dataset;
}
