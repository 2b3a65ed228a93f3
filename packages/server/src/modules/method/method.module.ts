import type { GraphModule } from '../graph-module';
import { methodCompiledRoots } from './method.compiled';
import { MethodCollectionMember } from './method-collection-member.entity';
import { MethodCollection } from './method-collection.entity';
import { MethodCollectionResolver } from './method-collection.resolver';
import { Method } from './method.entity';
import { createMethodLoaders } from './method.loaders';
import { MethodResolver } from './method.resolver';

export const methodModule = {
  resolvers: [MethodResolver, MethodCollectionResolver],
  entities: [Method, MethodCollection, MethodCollectionMember],
  loaders: createMethodLoaders,
  nodeTypes: {
    Method: { entity: Method, key: 'slug' },
    MethodCollection: { entity: MethodCollection, key: 'slug' },
  },
  objectPages: { method: 'method' },
  compiledRoots: methodCompiledRoots,
} satisfies GraphModule;
