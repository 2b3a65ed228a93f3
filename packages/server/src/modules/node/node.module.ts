import type { GraphModule } from '../graph-module';
import { NodeResolver } from './node.resolver';

export const nodeModule = { resolvers: [NodeResolver], entities: [] } satisfies GraphModule;
