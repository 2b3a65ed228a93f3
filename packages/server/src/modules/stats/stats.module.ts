import type { GraphModule } from '../graph-module';
import { StatsResolver } from './stats.resolver';

export const statsModule = { resolvers: [StatsResolver], entities: [] } satisfies GraphModule;
