import type { DataSource } from 'typeorm';
import { createAreaLoaders } from '../modules/area/area.loaders';
import { createAuthorLoaders } from '../modules/author/author.loaders';
import { createBenchmarkLoaders } from '../modules/benchmark/benchmark.loaders';
import { createDatasetLoaders } from '../modules/dataset/dataset.loaders';
import { createMethodLoaders } from '../modules/method/method.loaders';
import { createPaperLoaders } from '../modules/paper/paper.loaders';
import { createRepositoryLoaders } from '../modules/repository/repository.loaders';
import { createTaskLoaders } from '../modules/task/task.loaders';
import { createEntityLoaders } from './entity-loaders';

/** A fresh set of DataLoaders for one request, so batching and caching never cross requests. */
export function createLoaders(dataSource: DataSource) {
  const entities = createEntityLoaders(dataSource);
  return {
    ...entities,
    ...createAreaLoaders(dataSource, entities),
    ...createAuthorLoaders(dataSource, entities),
    ...createBenchmarkLoaders(dataSource, entities),
    ...createDatasetLoaders(dataSource, entities),
    ...createMethodLoaders(dataSource, entities),
    ...createPaperLoaders(dataSource, entities),
    ...createRepositoryLoaders(dataSource, entities),
    ...createTaskLoaders(dataSource, entities),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
