import type { GraphModule } from '../graph-module';
import { SearchResolver } from './search.resolver';

export const searchModule = {
  resolvers: [SearchResolver],
  entities: [],
} satisfies GraphModule;
