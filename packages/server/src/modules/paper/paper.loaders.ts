import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createRelationLoader } from '../../graphql/loader-factories';
import { MAX_RELATED_PAPERS } from './paper.args';
import { relatedOrder, relatedPapersFrom } from './related-papers.sql';

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
    /** Papers sharing the rarest tasks, methods and datasets (see related-papers.sql.ts). */
    relatedPapers: createRelationLoader(
      dataSource,
      `SELECT src.id AS owner_id, r.paper_id AS target_id
       FROM unnest($1::int[]) AS src(id)
       CROSS JOIN LATERAL (
         SELECT other.id AS paper_id
         ${relatedPapersFrom('src.id')} JOIN paper other ON other.id = rel.paper_id
         ORDER BY ${relatedOrder('other')}
         LIMIT ${MAX_RELATED_PAPERS}
       ) r`,
      entities.paper,
    ),
  };
}
