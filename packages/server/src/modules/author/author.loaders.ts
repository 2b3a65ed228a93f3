import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createRelationLoader } from '../../graphql/loader-factories';

export function createAuthorLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    /** Authors in byline order. */
    authorsByPaper: createRelationLoader(
      dataSource,
      `SELECT paper_id AS owner_id, author_id AS target_id
       FROM paper_author WHERE paper_id = ANY($1) ORDER BY paper_id, position`,
      entities.author,
    ),
  };
}
