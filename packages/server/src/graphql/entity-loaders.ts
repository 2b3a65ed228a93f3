import type { DataSource } from 'typeorm';
import { Area } from '../modules/area/area.entity';
import { Author } from '../modules/author/author.entity';
import { Benchmark } from '../modules/benchmark/benchmark.entity';
import { Metric } from '../modules/benchmark/metric.entity';
import { Result } from '../modules/benchmark/result.entity';
import { Dataset } from '../modules/dataset/dataset.entity';
import { MethodCollection } from '../modules/method/method-collection.entity';
import { Method } from '../modules/method/method.entity';
import { Paper } from '../modules/paper/paper.entity';
import { Proceeding } from '../modules/venue/proceeding.entity';
import { Venue } from '../modules/venue/venue.entity';
import { Repository } from '../modules/repository/repository.entity';
import { Task } from '../modules/task/task.entity';
import { createEntityLoader } from './loader-factories';

/** By-id loaders for every node type; relation loaders resolve their targets through these. */
export function createEntityLoaders(dataSource: DataSource) {
  return {
    area: createEntityLoader(dataSource, Area),
    author: createEntityLoader(dataSource, Author),
    benchmark: createEntityLoader(dataSource, Benchmark),
    dataset: createEntityLoader(dataSource, Dataset),
    method: createEntityLoader(dataSource, Method),
    methodCollection: createEntityLoader(dataSource, MethodCollection),
    metric: createEntityLoader(dataSource, Metric),
    paper: createEntityLoader(dataSource, Paper),
    proceeding: createEntityLoader(dataSource, Proceeding),
    repository: createEntityLoader(dataSource, Repository),
    result: createEntityLoader(dataSource, Result),
    task: createEntityLoader(dataSource, Task),
    venue: createEntityLoader(dataSource, Venue),
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
