import { Area } from '../modules/area/area.entity';
import { Author } from '../modules/author/author.entity';
import { PaperAuthor } from '../modules/author/paper-author.entity';
import { Benchmark } from '../modules/benchmark/benchmark.entity';
import { Metric } from '../modules/benchmark/metric.entity';
import { ResultValue } from '../modules/benchmark/result-value.entity';
import { Result } from '../modules/benchmark/result.entity';
import { DatasetTask } from '../modules/dataset/dataset-task.entity';
import { Dataset } from '../modules/dataset/dataset.entity';
import { MethodCollectionMember } from '../modules/method/method-collection-member.entity';
import { MethodCollection } from '../modules/method/method-collection.entity';
import { Method } from '../modules/method/method.entity';
import { PaperMethod } from '../modules/paper/paper-method.entity';
import { PaperTask } from '../modules/paper/paper-task.entity';
import { Paper } from '../modules/paper/paper.entity';
import { PaperRepository } from '../modules/repository/paper-repository.entity';
import { Repository } from '../modules/repository/repository.entity';
import { TaskArea } from '../modules/task/task-area.entity';
import { TaskParent } from '../modules/task/task-parent.entity';
import { Task } from '../modules/task/task.entity';

/** Every table of the graph. */
export const entities = [
  Area,
  Task,
  TaskArea,
  TaskParent,
  Dataset,
  DatasetTask,
  Method,
  MethodCollection,
  MethodCollectionMember,
  Paper,
  PaperTask,
  PaperMethod,
  Author,
  PaperAuthor,
  Repository,
  PaperRepository,
  Benchmark,
  Metric,
  Result,
  ResultValue,
];
