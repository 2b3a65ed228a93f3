import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createRelationLoader, groupRows } from '../../graphql/loader-factories';
import type { PaperRepositoryLink } from './paper-repository-link.type';

interface LinkRow {
  paper_id: number;
  repository_id: number;
  is_official: boolean;
  mentioned_in_paper: boolean;
  mentioned_in_github: boolean;
}

export function createRepositoryLoaders(dataSource: DataSource, entities: EntityLoaders) {
  return {
    /** A paper's code, official implementations first, then by stars. */
    repositoryLinksByPaper: new DataLoader<number, PaperRepositoryLink[]>(async (paperIds) => {
      const rows: LinkRow[] = await dataSource.query(
        `SELECT pr.* FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id
         WHERE pr.paper_id = ANY($1)
         ORDER BY pr.is_official DESC, r.stars DESC NULLS LAST, r.url`,
        [[...paperIds]],
      );
      const repositories = await entities.repository.loadMany(rows.map((row) => row.repository_id));
      const links = rows.map((row, i) => ({ row, repository: repositories[i] }));
      return groupRows(paperIds, links, (link) => link.row.paper_id).map((group) =>
        group.flatMap(({ row, repository: repo }) =>
          repo && !(repo instanceof Error)
            ? [
                {
                  repository: repo,
                  isOfficial: row.is_official,
                  mentionedInPaper: row.mentioned_in_paper,
                  mentionedInGithub: row.mentioned_in_github,
                },
              ]
            : [],
        ),
      );
    }),
    papersByRepository: createRelationLoader(
      dataSource,
      `SELECT repository_id AS owner_id, paper_id AS target_id
       FROM paper_repository WHERE repository_id = ANY($1) ORDER BY repository_id, paper_id`,
      entities.paper,
    ),
  };
}
