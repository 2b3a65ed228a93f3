import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createCountLoader, createRelationLoader } from '../../graphql/loader-factories';

export function createAreaLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    collectionsByArea: createRelationLoader(
      dataSource,
      `SELECT area_id AS owner_id, id AS target_id
       FROM method_collection WHERE area_id = ANY($1) ORDER BY name`,
      entities.methodCollection,
    ),
    taskCountByArea: createCountLoader(
      dataSource,
      `SELECT area_id AS owner_id, count(*) FROM task_area WHERE area_id = ANY($1) GROUP BY area_id`,
    ),
    benchmarkCountByArea: createCountLoader(
      dataSource,
      `SELECT ta.area_id AS owner_id, count(DISTINCT b.id)
       FROM task_area ta JOIN benchmark b ON b.task_id = ta.task_id
       WHERE ta.area_id = ANY($1) GROUP BY ta.area_id`,
    ),
  };
}
