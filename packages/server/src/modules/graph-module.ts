import type DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { CompletedField } from '../graphql/compiled/response-sql';
import type { RootReader } from '../graphql/compiled/root-reader';
import type { EntityLoaders } from '../graphql/entity-loaders';

/** How node(id:) finds an object of a type: its table and the column its global id keys on. */
export interface NodeType {
  entity: EntityTarget<ObjectLiteral>;
  key: 'slug' | 'id';
}

/**
 * What one domain module brings to the server. The wiring that needs every module (schema,
 * tables, loaders, node types, the web app's object pages) reads these descriptors from
 * src/module-registry.ts, so adding a type touches its module and the registry's list only.
 */
export interface GraphModule {
  /** Resolvers of the module's types and root fields. */
  resolvers: ClassType[];
  /** Tables the module owns. */
  entities: EntityTarget<ObjectLiteral>[];
  /** The module's per-request DataLoaders, by name (see graphql/loaders.ts). */
  loaders?: (dataSource: DataSource, entities: EntityLoaders) => Record<string, DataLoader<never, unknown, never>>;
  /** Object types fetched by `node(id:)`, by GraphQL type name. */
  nodeTypes?: Record<string, NodeType>;
  /** Web-app pages of one object, as on the old site: path segment → the table of its slugs. */
  objectPages?: Record<string, string>;
  /** Root query fields the compiled read path answers without graphql-js (see graphql/compiled). */
  compiledRoots?: Record<string, RootReader>;
  /** Fields the compiled read path fills in after its statement: GraphQL type → field → completion. */
  compiledFields?: Record<string, Record<string, CompletedField>>;
}
