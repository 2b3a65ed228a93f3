import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../../db/prepared-statements';
import { badInput } from '../../graphql/errors';
import { fromGlobalId, integerKey } from '../../graphql/global-id';
import type { Page, PageRequest, SortKey } from '../../graphql/keyset-pagination';
import type { Selection } from '../../graphql/selected-fields';
import {
  idOfSlug,
  selectChildPage,
  selectPage,
  type ChildList,
  type RequestScope,
  type SqlList,
} from '../../graphql/sql-list';
import type { RowJson, SqlParameters } from '../../graphql/sql-projection';
import { PaperOrder, type PaperFilter } from './paper.inputs';
import type { Paper } from './paper.entity';
import { paperSearchVector } from './paper-search';
import { PAPER_SQL } from './paper.sql';

const PUBLISHED = "coalesce(paper.published, '0001-01-01'::date)";
const BY_ID = (direction: 'ASC' | 'DESC'): SortKey => ({ sql: 'paper.id', type: 'int', direction });

const SORT_KEYS: Record<Exclude<PaperOrder, PaperOrder.RELEVANCE>, SortKey[]> = {
  [PaperOrder.PUBLISHED_DESC]: [{ sql: PUBLISHED, type: 'date', direction: 'DESC' }, BY_ID('DESC')],
  [PaperOrder.PUBLISHED_ASC]: [{ sql: PUBLISHED, type: 'date', direction: 'ASC' }, BY_ID('ASC')],
  [PaperOrder.TITLE_ASC]: [{ sql: 'lower(paper.title)', type: 'text', direction: 'ASC' }, BY_ID('ASC')],
  // The stored log-score of the TrendingAndRelated migration; index paper_trending_order.
  [PaperOrder.TRENDING]: [{ sql: 'paper.trending_score', type: 'float', direction: 'DESC' }, BY_ID('DESC')],
};

/** Best match first for the text query `query` (an SQL parameter). */
function relevanceKeys(query: string): SortKey[] {
  const rank = `ts_rank(${paperSearchVector('paper')}, websearch_to_tsquery('english', ${query}))::float8`;
  return [{ sql: rank, type: 'float', direction: 'DESC' }, BY_ID('ASC')];
}

/** How a paper belongs to the parents whose papers are nested connections, by the parent's id. */
const PAPERS_OF = {
  task: (paper: string, id: string) =>
    `EXISTS (SELECT 1 FROM paper_task pt WHERE pt.paper_id = ${paper}.id AND pt.task_id = ${id})`,
  method: (paper: string, id: string) =>
    `EXISTS (SELECT 1 FROM paper_method pm WHERE pm.paper_id = ${paper}.id AND pm.method_id = ${id})`,
  dataset: (paper: string, id: string) =>
    `EXISTS (SELECT 1 FROM result r JOIN benchmark b ON b.id = r.benchmark_id
             WHERE r.paper_id = ${paper}.id AND b.dataset_id = ${id})`,
  author: (paper: string, id: string) =>
    `EXISTS (SELECT 1 FROM paper_author pa WHERE pa.paper_id = ${paper}.id AND pa.author_id = ${id})`,
  proceeding: (paper: string, id: string) => `${paper}.proceeding_id = ${id}`,
  venue: (paper: string, id: string) => `${paper}.venue_id = ${id}`,
};
export type PaperParent = keyof typeof PAPERS_OF;

/** The papers of one parent (a task, method, dataset or author), newest first. */
export function papersOf<T = Paper>(
  dataSource: DataSource,
  scope: RequestScope,
  parent: { kind: PaperParent; id: number },
  selection: Selection,
  page: PageRequest,
): Promise<Page<T>> {
  const child: ChildList = {
    name: `papers of ${parent.kind}`,
    listOf: (sql) => paperList({}, PaperOrder.PUBLISHED_DESC, sql),
    ofParent: PAPERS_OF[parent.kind],
  };
  return selectChildPage<T>(dataSource, scope, child, parent.id, selection, page);
}

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

/** Papers matching the criteria, one keyset page at a time, as the json `selection` asks for. */
export function listPapers<T = Paper>(
  dataSource: SqlRunner,
  criteria: PaperCriteria,
  order: PaperOrder,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  const query = criteria.query?.trim();
  if (order === PaperOrder.RELEVANCE && !query) {
    throw badInput('orderBy', 'RELEVANCE needs a text query in filter.query');
  }
  const { yearFrom, yearTo } = criteria;
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw badInput('filter.yearFrom', `yearFrom (${yearFrom}) is after yearTo (${yearTo})`);
  }
  return selectPage<T>(dataSource, (sql) => paperList(criteria, order, sql), selection, page);
}

/** The papers matching `filter` in `order`, as SQL (facets count over the same conditions). */
export function paperList(filter: PaperCriteria, order: PaperOrder, sql: SqlParameters): SqlList {
  const conditions: string[] = [];
  const text = filter.query?.trim();
  const query = text ? sql.add(text) : null;
  // Same expression as the GIN index, so the index serves the match.
  if (query) conditions.push(`(${paperSearchVector('paper')}) @@ websearch_to_tsquery('english', ${query})`);
  if (filter.task != null) conditions.push(PAPERS_OF.task('paper', idOfSlug('task', sql.add(filter.task))));
  if (filter.method != null) conditions.push(PAPERS_OF.method('paper', idOfSlug('method', sql.add(filter.method))));
  if (filter.dataset != null) conditions.push(PAPERS_OF.dataset('paper', idOfSlug('dataset', sql.add(filter.dataset))));
  if (filter.area != null) {
    conditions.push(
      `EXISTS (SELECT 1 FROM paper_task pt JOIN task_area ta ON ta.task_id = pt.task_id
               WHERE pt.paper_id = paper.id AND ta.area_id = ${idOfSlug('area', sql.add(filter.area))})`,
    );
  }
  if (filter.authorId != null) conditions.push(PAPERS_OF.author('paper', sql.add(filter.authorId)));
  if (filter.yearFrom != null) conditions.push(`paper.published >= make_date(${sql.add(filter.yearFrom)}, 1, 1)`);
  if (filter.yearTo != null) conditions.push(`paper.published < make_date(${sql.add(filter.yearTo + 1)}, 1, 1)`);
  if (filter.hasCode != null) {
    conditions.push(`${filter.hasCode ? '' : 'NOT '}${PAPER_SQL.computed!.hasCode!('paper')}`);
  }
  if (filter.framework != null) {
    conditions.push(
      `EXISTS (SELECT 1 FROM paper_repository pr JOIN repository rp ON rp.id = pr.repository_id
               WHERE pr.paper_id = paper.id AND rp.framework = ${sql.add(filter.framework)})`,
    );
  }
  if (filter.venue != null) {
    conditions.push(
      `paper.proceeding_id IN (SELECT pc.id FROM proceeding pc WHERE pc.venue_id = ${idOfSlug('venue', sql.add(filter.venue))})`,
    );
  }
  // listPapers makes sure that RELEVANCE comes with a query.
  const keys = order === PaperOrder.RELEVANCE ? relevanceKeys(query ?? "''") : SORT_KEYS[order];
  return { type: PAPER_SQL, conditions, keys };
}
