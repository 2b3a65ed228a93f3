import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createCountLoader, createRelationLoader } from '../../graphql/loader-factories';

export function createTaskLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    /** Primary area first. */
    areasByTask: createRelationLoader(
      dataSource,
      `SELECT task_id AS owner_id, area_id AS target_id
       FROM task_area WHERE task_id = ANY($1) ORDER BY task_id, position`,
      entities.area,
    ),
    parentsByTask: createRelationLoader(
      dataSource,
      `SELECT tp.child_id AS owner_id, tp.parent_id AS target_id
       FROM task_parent tp JOIN task t ON t.id = tp.parent_id
       WHERE tp.child_id = ANY($1) ORDER BY t.name`,
      entities.task,
    ),
    subtasksByTask: createRelationLoader(
      dataSource,
      `SELECT tp.parent_id AS owner_id, tp.child_id AS target_id
       FROM task_parent tp JOIN task t ON t.id = tp.child_id
       WHERE tp.parent_id = ANY($1) ORDER BY t.name`,
      entities.task,
    ),
    datasetsByTask: createRelationLoader(
      dataSource,
      `SELECT dt.task_id AS owner_id, dt.dataset_id AS target_id
       FROM dataset_task dt JOIN dataset d ON d.id = dt.dataset_id
       WHERE dt.task_id = ANY($1) ORDER BY d.name`,
      entities.dataset,
    ),
    paperCountByTask: createCountLoader(
      dataSource,
      `SELECT task_id AS owner_id, count(*) FROM paper_task WHERE task_id = ANY($1) GROUP BY task_id`,
    ),
    benchmarkCountByTask: createCountLoader(
      dataSource,
      `SELECT task_id AS owner_id, count(*) FROM benchmark WHERE task_id = ANY($1) GROUP BY task_id`,
    ),
    datasetCountByTask: createCountLoader(
      dataSource,
      `SELECT task_id AS owner_id, count(*) FROM dataset_task WHERE task_id = ANY($1) GROUP BY task_id`,
    ),
    subtaskCountByTask: createCountLoader(
      dataSource,
      `SELECT parent_id AS owner_id, count(*) FROM task_parent WHERE parent_id = ANY($1) GROUP BY parent_id`,
    ),
  };
}
