import type { ClassType } from 'type-graphql';
import type { CompiledSchema } from './graphql/compiled/response-sql';
import type { RootReader } from './graphql/compiled/root-reader';
import type { NodeType } from './modules/graph-module';
import { accountModule } from './modules/account/account.module';
import { areaModule } from './modules/area/area.module';
import { authorModule } from './modules/author/author.module';
import { benchmarkModule } from './modules/benchmark/benchmark.module';
import { contributionModule } from './modules/contribution/contribution.module';
import { datasetModule } from './modules/dataset/dataset.module';
import { methodModule } from './modules/method/method.module';
import { nodeModule } from './modules/node/node.module';
import { paperModule } from './modules/paper/paper.module';
import { repositoryModule } from './modules/repository/repository.module';
import { revisionModule } from './modules/revision/revision.module';
import { searchModule } from './modules/search/search.module';
import { statsModule } from './modules/stats/stats.module';
import { taskModule } from './modules/task/task.module';
import { venueModule } from './modules/venue/venue.module';

/** Every domain module of the server; the one list to extend when adding a module. */
export const MODULES = [
  accountModule,
  areaModule,
  authorModule,
  benchmarkModule,
  contributionModule,
  datasetModule,
  methodModule,
  nodeModule,
  paperModule,
  repositoryModule,
  revisionModule,
  searchModule,
  statsModule,
  taskModule,
  venueModule,
] as const;

type ModuleWithLoaders = Extract<(typeof MODULES)[number], { loaders: unknown }>;

/** The resolvers of the schema. */
export const resolvers: ClassType[] = MODULES.flatMap((module): ClassType[] => module.resolvers);

/** Every table of the graph. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export const entities: Function[] = MODULES.flatMap((module): Function[] => module.entities);

/** The per-request loader groups (see graphql/loaders.ts). */
export const loaderFactories: ModuleWithLoaders['loaders'][] = MODULES.flatMap((module) =>
  'loaders' in module ? [module.loaders] : [],
);
export type ModuleLoaders = ReturnType<ModuleWithLoaders['loaders']>;

/** How node(id:) finds each object type. */
export const nodeTypes: Record<string, NodeType> = Object.assign(
  {},
  ...MODULES.map((module) => ('nodeTypes' in module ? module.nodeTypes : {})),
);

/** Web-app pages of one object: path segment → the table holding its slugs. */
export const objectPages: Record<string, string> = Object.assign(
  {},
  ...MODULES.map((module) => ('objectPages' in module ? module.objectPages : {})),
);

/** Root query fields of the compiled read path, by name (see graphql/compiled). */
export const compiledRoots: Record<string, RootReader> = Object.assign(
  {},
  ...MODULES.map((module) => ('compiledRoots' in module ? module.compiledRoots : {})),
);

/** What the compiled read path knows of every module beyond its SqlTypes. */
export const compiledSchema: CompiledSchema = {
  // Global ids written by SQL key on the same column as node(id:) looks them up by.
  globalIdKeys: Object.fromEntries(Object.entries(nodeTypes).map(([type, { key }]) => [type, key])),
  completedFields: Object.assign(
    {},
    ...MODULES.map((module) => ('compiledFields' in module ? module.compiledFields : {})),
  ),
};
