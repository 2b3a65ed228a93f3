import type { GraphModule } from '../graph-module';
import { datasetCompiledRoots } from './dataset.compiled';
import { DatasetTask } from './dataset-task.entity';
import { Dataset } from './dataset.entity';
import { createDatasetLoaders } from './dataset.loaders';
import { DatasetResolver } from './dataset.resolver';

export const datasetModule = {
  resolvers: [DatasetResolver],
  entities: [Dataset, DatasetTask],
  loaders: createDatasetLoaders,
  nodeTypes: { Dataset: { entity: Dataset, key: 'slug' } },
  objectPages: { dataset: 'dataset' },
  compiledRoots: datasetCompiledRoots,
} satisfies GraphModule;
