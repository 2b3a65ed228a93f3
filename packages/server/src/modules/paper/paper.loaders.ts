import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createRelationLoader } from '../../graphql/loader-factories';

export function createPaperLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    tasksByPaper: createRelationLoader(
      dataSource,
      `SELECT pt.paper_id AS owner_id, pt.task_id AS target_id
       FROM paper_task pt JOIN task t ON t.id = pt.task_id
       WHERE pt.paper_id = ANY($1) ORDER BY t.name`,
      entities.task,
    ),
    methodsByPaper: createRelationLoader(
      dataSource,
      `SELECT pm.paper_id AS owner_id, pm.method_id AS target_id
       FROM paper_method pm JOIN method m ON m.id = pm.method_id
       WHERE pm.paper_id = ANY($1) ORDER BY m.name`,
      entities.method,
    ),
    /** Papers sharing the most tasks, newest first among equals. */
    relatedPapers: createRelationLoader(
      dataSource,
      `SELECT src.id AS owner_id, r.paper_id AS target_id
       FROM unnest($1::int[]) AS src(id)
       CROSS JOIN LATERAL (
         SELECT other.paper_id, count(*) AS shared, max(p.published) AS published
         FROM paper_task mine
         JOIN paper_task other ON other.task_id = mine.task_id AND other.paper_id <> mine.paper_id
         JOIN paper p ON p.id = other.paper_id
         WHERE mine.paper_id = src.id
         GROUP BY other.paper_id
         ORDER BY shared DESC, published DESC NULLS LAST, other.paper_id
         LIMIT 10
       ) r`,
      entities.paper,
    ),
  };
}
