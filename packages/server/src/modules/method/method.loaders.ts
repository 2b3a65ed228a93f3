import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createCountLoader, createRelationLoader } from '../../graphql/loader-factories';

export function createMethodLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    collectionsByMethod: createRelationLoader(
      dataSource,
      `SELECT m.method_id AS owner_id, m.collection_id AS target_id
       FROM method_collection_member m JOIN method_collection c ON c.id = m.collection_id
       WHERE m.method_id = ANY($1) ORDER BY c.name`,
      entities.methodCollection,
    ),
    methodsByCollection: createRelationLoader(
      dataSource,
      `SELECT m.collection_id AS owner_id, m.method_id AS target_id
       FROM method_collection_member m JOIN method ON method.id = m.method_id
       WHERE m.collection_id = ANY($1) ORDER BY method.name`,
      entities.method,
    ),
    subcollectionsByCollection: createRelationLoader(
      dataSource,
      `SELECT parent_id AS owner_id, id AS target_id
       FROM method_collection WHERE parent_id = ANY($1) ORDER BY name`,
      entities.methodCollection,
    ),
    paperCountByMethod: createCountLoader(
      dataSource,
      `SELECT method_id AS owner_id, count(*) FROM paper_method WHERE method_id = ANY($1) GROUP BY method_id`,
    ),
  };
}
