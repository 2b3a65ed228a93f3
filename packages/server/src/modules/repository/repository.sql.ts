import type { SqlType } from '../../graphql/sql-projection';
import { repositoryFullName } from './repository-name';

export const REPOSITORY_SQL: SqlType = {
  table: 'repository',
  // fullName is derived from the url by its resolver.
  keys: { id: 'id', url: 'url' },
  columns: { framework: 'framework', stars: 'stars' },
  derived: { fullName: { input: (row) => `${row}.url`, compute: (url) => repositoryFullName(url as string) } },
};

/** A paper's code link (paper_repository) with its repository. */
export const REPOSITORY_LINK_SQL: SqlType = {
  table: 'paper_repository',
  keys: {},
  columns: {
    isOfficial: 'is_official',
    mentionedInPaper: 'mentioned_in_paper',
    mentionedInGithub: 'mentioned_in_github',
  },
  relations: {
    repository: {
      target: () => REPOSITORY_SQL,
      many: false,
      // PaperRepositoryLink has no resolvers: the repository is its plain property.
      asProperty: true,
      from: (link, repo) => `FROM repository ${repo} WHERE ${repo}.id = ${link}.repository_id`,
    },
  },
};
