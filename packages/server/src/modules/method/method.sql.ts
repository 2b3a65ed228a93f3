import type { SqlType } from '../../graphql/sql-projection';
import { PAPER_SQL } from '../paper/paper.sql';

export const METHOD_SQL: SqlType = {
  table: 'method',
  keys: { id: 'id', slug: 'slug', introducedByPaperId: 'introduced_by_paper_id' },
  columns: {
    name: 'name',
    fullName: 'full_name',
    description: 'description',
    introducedYear: 'introduced_year',
    sourceUrl: 'source_url',
    sourceTitle: 'source_title',
    codeSnippetUrl: 'code_snippet_url',
  },
  computed: {
    paperCount: (row) => `(SELECT count(*)::int FROM paper_method pm WHERE pm.method_id = ${row}.id)`,
  },
  relations: {
    introducedBy: {
      target: () => PAPER_SQL,
      many: false,
      from: (method, paper) => `FROM paper ${paper} WHERE ${paper}.id = ${method}.introduced_by_paper_id`,
    },
  },
};
