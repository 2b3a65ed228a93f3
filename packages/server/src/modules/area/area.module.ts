import type { GraphModule } from '../graph-module';
import { areaCompiledRoots } from './area.compiled';
import { Area } from './area.entity';
import { createAreaLoaders } from './area.loaders';
import { AreaResolver } from './area.resolver';

export const areaModule = {
  resolvers: [AreaResolver],
  entities: [Area],
  loaders: createAreaLoaders,
  nodeTypes: { Area: { entity: Area, key: 'slug' } },
  objectPages: { area: 'area' },
  compiledRoots: areaCompiledRoots,
} satisfies GraphModule;
