import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createCountLoader, createRelationLoader } from '../../graphql/loader-factories';

export function createDatasetLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    subdatasetsByDataset: createRelationLoader(
      dataSource,
      `SELECT parent_id AS owner_id, id AS target_id FROM dataset WHERE parent_id = ANY($1) ORDER BY name`,
      entities.dataset,
    ),
    tasksByDataset: createRelationLoader(
      dataSource,
      `SELECT dt.dataset_id AS owner_id, dt.task_id AS target_id
       FROM dataset_task dt JOIN task t ON t.id = dt.task_id
       WHERE dt.dataset_id = ANY($1) ORDER BY t.name`,
      entities.task,
    ),
    paperCountByDataset: createCountLoader(
      dataSource,
      `SELECT b.dataset_id AS owner_id, count(DISTINCT r.paper_id)
       FROM benchmark b JOIN result r ON r.benchmark_id = b.id
       WHERE b.dataset_id = ANY($1) GROUP BY b.dataset_id`,
    ),
  };
}
