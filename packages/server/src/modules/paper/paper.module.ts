import type { GraphModule } from '../graph-module';
import { paperCompiledRoots } from './paper.compiled';
import { PaperMethod } from './paper-method.entity';
import { PaperTask } from './paper-task.entity';
import { Paper } from './paper.entity';
import { createPaperLoaders } from './paper.loaders';
import { PaperResolver } from './paper.resolver';

export const paperModule = {
  resolvers: [PaperResolver],
  entities: [Paper, PaperTask, PaperMethod],
  loaders: createPaperLoaders,
  nodeTypes: { Paper: { entity: Paper, key: 'slug' } },
  objectPages: { paper: 'paper' },
  compiledRoots: paperCompiledRoots,
} satisfies GraphModule;
