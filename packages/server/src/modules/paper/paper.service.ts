import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { connectionFromQuery } from '../../graphql/connection-from-query';
import type { ConnectionShape } from '../../graphql/connection.type';
import { badInput } from '../../graphql/errors';
import { fromGlobalId, integerKey } from '../../graphql/global-id';
import type { PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { PaperOrder, type PaperFilter } from './paper.inputs';
import { Paper } from './paper.entity';
import { paperSearchVector } from './paper-search';

const PUBLISHED = "coalesce(paper.published, '0001-01-01'::date)";
const RELEVANCE = `ts_rank(${paperSearchVector('paper')}, websearch_to_tsquery('english', :query))::float8`;

const SORT_KEYS: Record<PaperOrder, SortKey[]> = {
  [PaperOrder.PUBLISHED_DESC]: [
    { sql: PUBLISHED, type: 'date', direction: 'DESC' },
    { sql: 'paper.id', type: 'int', direction: 'DESC' },
  ],
  [PaperOrder.PUBLISHED_ASC]: [
    { sql: PUBLISHED, type: 'date', direction: 'ASC' },
    { sql: 'paper.id', type: 'int', direction: 'ASC' },
  ],
  [PaperOrder.TITLE_ASC]: [
    { sql: 'lower(paper.title)', type: 'text', direction: 'ASC' },
    { sql: 'paper.id', type: 'int', direction: 'ASC' },
  ],
  [PaperOrder.RELEVANCE]: [
    { sql: RELEVANCE, type: 'float', direction: 'DESC' },
    { sql: 'paper.id', type: 'int', direction: 'ASC' },
  ],
};

/** A paper filter with the author resolved from its global id to a row id. */
export type PaperCriteria = Omit<PaperFilter, 'author'> & { authorId?: number };

/** The GraphQL filter as criteria; a malformed author id is the client's error. */
export function paperCriteria({ author, ...filter }: PaperFilter): PaperCriteria {
  if (author == null) return filter;
  const decoded = fromGlobalId(author);
  const authorId = decoded?.type === 'Author' ? integerKey(decoded.key) : null;
  if (authorId === null) throw badInput('filter.author', 'expected the global id of an Author');
  return { ...filter, authorId };
}

/** Papers matching the criteria, one keyset page at a time. */
export function listPapers(
  dataSource: DataSource,
  ConnectionClass: new () => ConnectionShape<Paper>,
  criteria: PaperCriteria = {},
  order: PaperOrder = PaperOrder.PUBLISHED_DESC,
  page: PageRequest,
): Promise<ConnectionShape<Paper>> {
  if (order === PaperOrder.RELEVANCE && !criteria.query?.trim()) {
    throw badInput('orderBy', 'RELEVANCE needs a text query in filter.query');
  }
  const query = dataSource.getRepository(Paper).createQueryBuilder('paper');
  applyPaperCriteria(query, criteria);
  return connectionFromQuery(ConnectionClass, query, SORT_KEYS[order], page);
}

function applyPaperCriteria(query: SelectQueryBuilder<Paper>, filter: PaperCriteria): void {
  const { yearFrom, yearTo } = filter;
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw badInput('filter.yearFrom', `yearFrom (${yearFrom}) is after yearTo (${yearTo})`);
  }
  if (filter.query?.trim()) {
    // Same expression as the GIN index, so the index serves the match.
    query.andWhere(`(${paperSearchVector('paper')}) @@ websearch_to_tsquery('english', :query)`, {
      query: filter.query.trim(),
    });
  }
  if (filter.task != null) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM paper_task pt JOIN task t ON t.id = pt.task_id WHERE pt.paper_id = paper.id AND t.slug = :task)',
      { task: filter.task },
    );
  }
  if (filter.method != null) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM paper_method pm JOIN method m ON m.id = pm.method_id WHERE pm.paper_id = paper.id AND m.slug = :method)',
      { method: filter.method },
    );
  }
  if (filter.dataset != null) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM result r JOIN benchmark b ON b.id = r.benchmark_id JOIN dataset d ON d.id = b.dataset_id
               WHERE r.paper_id = paper.id AND d.slug = :dataset)`,
      { dataset: filter.dataset },
    );
  }
  if (filter.area != null) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM paper_task pt JOIN task_area ta ON ta.task_id = pt.task_id JOIN area a ON a.id = ta.area_id
               WHERE pt.paper_id = paper.id AND a.slug = :area)`,
      { area: filter.area },
    );
  }
  if (filter.authorId != null) {
    query.andWhere('EXISTS (SELECT 1 FROM paper_author pa WHERE pa.paper_id = paper.id AND pa.author_id = :authorId)', {
      authorId: filter.authorId,
    });
  }
  if (yearFrom != null) query.andWhere('paper.published >= make_date(:yearFrom, 1, 1)', { yearFrom });
  if (yearTo != null) query.andWhere('paper.published < make_date(:yearToNext, 1, 1)', { yearToNext: yearTo + 1 });
  if (filter.hasCode != null) {
    query.andWhere(
      `${filter.hasCode ? '' : 'NOT '}EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = paper.id)`,
    );
  }
}
