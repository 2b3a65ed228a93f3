import type { SqlType } from '../../graphql/sql-projection';
import { AUTHOR_SQL } from '../author/author.sql';
import { RESULT_SQL } from '../benchmark/benchmark.sql';
import { METHOD_SQL } from '../method/method.sql';
import { REPOSITORY_LINK_SQL } from '../repository/repository.sql';
import { TASK_SQL } from '../task/task.sql';
import { PROCEEDING_SQL } from '../venue/venue.sql';
import { MAX_RELATED_PAPERS } from './paper.args';
import { relatedOrder, relatedPapersFrom } from './related-papers.sql';

export const PAPER_SQL: SqlType = {
  table: 'paper',
  keys: { id: 'id', slug: 'slug' },
  columns: {
    arxivId: 'arxiv_id',
    title: 'title',
    abstract: 'abstract',
    urlAbs: 'url_abs',
    urlPdf: 'url_pdf',
    published: 'published',
    proceeding: 'proceeding',
    conference: 'conference',
  },
  computed: {
    hasCode: (row) => `EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = ${row}.id)`,
  },
  relations: {
    publishedIn: {
      target: () => PROCEEDING_SQL,
      many: false,
      from: (paper, proceeding) => `FROM proceeding ${proceeding} WHERE ${proceeding}.id = ${paper}.proceeding_id`,
    },
    authors: {
      target: () => AUTHOR_SQL,
      many: true,
      from: (paper, author) =>
        `FROM paper_author pa JOIN author ${author} ON ${author}.id = pa.author_id WHERE pa.paper_id = ${paper}.id`,
      orderBy: () => 'pa.position',
    },
    tasks: {
      target: () => TASK_SQL,
      many: true,
      from: (paper, task) =>
        `FROM paper_task pt JOIN task ${task} ON ${task}.id = pt.task_id WHERE pt.paper_id = ${paper}.id`,
      orderBy: (task) => `${task}.name`,
    },
    methods: {
      target: () => METHOD_SQL,
      many: true,
      from: (paper, method) =>
        `FROM paper_method pm JOIN method ${method} ON ${method}.id = pm.method_id WHERE pm.paper_id = ${paper}.id`,
      orderBy: (method) => `${method}.name`,
    },
    repositories: {
      target: () => REPOSITORY_LINK_SQL,
      many: true,
      from: (paper, link) =>
        `FROM paper_repository ${link} JOIN repository r ON r.id = ${link}.repository_id
         WHERE ${link}.paper_id = ${paper}.id`,
      orderBy: (link) => `${link}.is_official DESC, r.stars DESC NULLS LAST, r.url`,
    },
    results: {
      target: () => RESULT_SQL,
      many: true,
      from: (paper, result) => `FROM result ${result} WHERE ${result}.paper_id = ${paper}.id`,
      orderBy: (result) => `${result}.benchmark_id, ${result}.id`,
    },
    /** Papers sharing the rarest tasks, methods and datasets (see related-papers.sql.ts). */
    relatedPapers: {
      target: () => PAPER_SQL,
      many: true,
      from: (paper, other, { first }) =>
        typeof first === 'number' && first >= 0 && first <= MAX_RELATED_PAPERS
          ? `${relatedPapersFrom(`${paper}.id`)} JOIN paper ${other} ON ${other}.id = rel.paper_id`
          : null, // the resolver reports the bad page size
      orderBy: relatedOrder,
      limit: ({ first }) => first as number,
    },
  },
};
