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
  type PageWindow,
  type RequestScope,
  type SqlList,
} from '../../graphql/sql-list';
import type { RowJson, SqlParameters } from '../../graphql/sql-projection';
import { PaperOrder, type PaperFilter } from './paper.inputs';
import type { Paper } from './paper.entity';
import { paperSearchVector } from './paper-search';
import { PAPER_SQL } from './paper.sql';

/** A paper's date for ordering (undated papers first when oldest-first), as the date index has it. */
const publishedOf = (paper: string) => `coalesce(${paper}.published, '0001-01-01'::date)`;
const PUBLISHED = publishedOf('paper');
const BY_ID = (direction: 'ASC' | 'DESC'): SortKey => ({ sql: 'paper.id', type: 'int', direction });

const SORT_KEYS: Record<Exclude<PaperOrder, PaperOrder.RELEVANCE>, SortKey[]> = {
  [PaperOrder.PUBLISHED_DESC]: [{ sql: PUBLISHED, type: 'date', direction: 'DESC' }, BY_ID('DESC')],
  [PaperOrder.PUBLISHED_ASC]: [{ sql: PUBLISHED, type: 'date', direction: 'ASC' }, BY_ID('ASC')],
  [PaperOrder.TITLE_ASC]: [{ sql: 'lower(paper.title)', type: 'text', direction: 'ASC' }, BY_ID('ASC')],
  // The stored log-score of the TrendingAndRelated migration, in paper_trending (TRENDING_FROM).
  [PaperOrder.TRENDING]: [
    { sql: 'trend.score', type: 'float', direction: 'DESC' },
    { sql: 'trend.paper_id', type: 'int', direction: 'DESC' },
  ],
};

/** Papers with their trending scores, read in the order of its index paper_trending_order. */
const TRENDING_FROM = 'paper_trending trend JOIN paper paper ON paper.id = trend.paper_id';

/** The orders by date, which the links' date indexes serve (BY_DATE). */
const DATE_ORDERS: Partial<Record<PaperOrder, 'ASC' | 'DESC'>> = {
  [PaperOrder.PUBLISHED_DESC]: 'DESC',
  [PaperOrder.PUBLISHED_ASC]: 'ASC',
};

/**
 * RELEVANCE ranks at most this many matches: the newest ones (an index walk newest first, or the
 * text index and a top-N sort for a rare word). Ranking every match of a common word (most of
 * 576k papers) took about 2 s; the one search (Query.search) ranks its own bounded candidates.
 */
export const RELEVANCE_CANDIDATES = 1000;

/** The newest RELEVANCE_CANDIDATES papers matching the text query `query` (an SQL parameter). */
function relevanceCandidates(query: string, sql: SqlParameters): string {
  return `paper.id IN (SELECT c.id FROM paper c
    WHERE (${paperSearchVector('c')}) @@ websearch_to_tsquery('english', ${query})
    ORDER BY ${publishedOf('c')} DESC, c.id DESC LIMIT ${sql.add(RELEVANCE_CANDIDATES)})`;
}

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

/**
 * Parents whose papers are read in date order from their link table's index (link, published,
 * paper_id): a page is an index range with a LIMIT, whatever the parent's size (see the
 * PaperLinkDates migration), instead of a sort of all of its papers. The link's date and paper id
 * are the values of the paper's own date key and id, so cursors hold across both ways of reading.
 */
const BY_DATE: Partial<Record<PaperParent, LinkByDate>> = {
  task: linkByDate('paper_task', 'pt', 'task_id'),
  method: linkByDate('paper_method', 'pm', 'method_id'),
};

interface LinkByDate {
  /** The links joined to their papers, the paper as `paper`. */
  from: string;
  /** The link's copy of its paper's date. */
  date: string;
  /** The links of the parent whose id is the SQL expression `id`. */
  of: (id: string) => string;
  keys: (direction: 'ASC' | 'DESC') => SortKey[];
}

function linkByDate(link: string, alias: string, column: string): LinkByDate {
  return {
    from: `${link} ${alias} JOIN paper paper ON paper.id = ${alias}.paper_id`,
    date: `${alias}.published`,
    of: (id) => `${alias}.${column} = ${id}`,
    keys: (direction) => [
      { sql: `${alias}.published`, type: 'date', direction },
      { sql: `${alias}.paper_id`, type: 'int', direction },
    ],
  };
}

/** The papers of one parent (a task, method, dataset or author), newest first. */
export function papersOf<T = Paper>(
  dataSource: DataSource,
  scope: RequestScope,
  parent: { kind: PaperParent; id: number },
  selection: Selection,
  page: PageRequest,
): Promise<Page<T>> {
  const byDate = BY_DATE[parent.kind];
  const child: ChildList = byDate
    ? {
        name: `papers of ${parent.kind}`,
        listOf: () => ({ type: PAPER_SQL, from: byDate.from, conditions: [], keys: byDate.keys('DESC') }),
        ofParent: (_paper, id) => byDate.of(id),
      }
    : {
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

/** The papers matching `filter` in `order`, as SQL (facets count over the same source and conditions). */
export function paperList(filter: PaperCriteria, order: PaperOrder, sql: SqlParameters): SqlList {
  const conditions: string[] = [];
  const text = filter.query?.trim();
  const query = text ? sql.add(text) : null;
  // Same expression as the GIN index, so the index serves the match.
  if (query) conditions.push(`(${paperSearchVector('paper')}) @@ websearch_to_tsquery('english', ${query})`);
  // In date order, the papers of a task (or else a method) are a range of its links' index.
  const direction = DATE_ORDERS[order];
  const linked = !direction ? null : filter.task != null ? 'task' : filter.method != null ? 'method' : null;
  const byDate = linked ? BY_DATE[linked] : undefined;
  const member = (kind: 'task' | 'method', id: string) =>
    byDate && kind === linked ? byDate.of(id) : PAPERS_OF[kind]('paper', id);
  if (filter.task != null) conditions.push(member('task', idOfSlug('task', sql.add(filter.task))));
  if (filter.method != null) conditions.push(member('method', idOfSlug('method', sql.add(filter.method))));
  if (filter.dataset != null) conditions.push(PAPERS_OF.dataset('paper', idOfSlug('dataset', sql.add(filter.dataset))));
  const areaId = filter.area != null ? idOfSlug('area', sql.add(filter.area)) : null;
  const inArea = areaId
    ? `EXISTS (SELECT 1 FROM paper_task pt JOIN task_area ta ON ta.task_id = pt.task_id
               WHERE pt.paper_id = paper.id AND ta.area_id = ${areaId})`
    : null;
  if (inArea) conditions.push(inArea);
  if (filter.authorId != null) conditions.push(PAPERS_OF.author('paper', sql.add(filter.authorId)));
  const yearFrom = filter.yearFrom != null ? `make_date(${sql.add(filter.yearFrom)}, 1, 1)` : null;
  const yearTo = filter.yearTo != null ? `make_date(${sql.add(filter.yearTo + 1)}, 1, 1)` : null;
  // The years as bounds of a date: on a link's date they narrow its index range too (an undated
  // paper's link holds 0001-01-01, where the paper's NULL date fails any year).
  const years = (date: string) => [
    ...(yearFrom ? [`${date} >= ${yearFrom}`] : yearTo ? [`${date} > '0001-01-01'::date`] : []),
    ...(yearTo ? [`${date} < ${yearTo}`] : []),
  ];
  const paperYears = years('paper.published');
  conditions.push(...paperYears);
  if (byDate) conditions.push(...years(byDate.date));
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
  if (byDate && direction) return { type: PAPER_SQL, from: byDate.from, conditions, keys: byDate.keys(direction) };
  // listPapers makes sure that RELEVANCE comes with a query.
  if (order === PaperOrder.RELEVANCE && query) conditions.push(relevanceCandidates(query, sql));
  const keys = order === PaperOrder.RELEVANCE ? relevanceKeys(query ?? "''") : SORT_KEYS[order];
  // An area's papers in date order, unless other conditions narrow them (a text query, a dataset, an
  // author, a venue, code) and so drive the plan better than the area's tasks (see areaPage).
  const narrowed = conditions.some((c) => c !== inArea && !paperYears.includes(c));
  if (areaId && direction && !narrowed) {
    return {
      type: PAPER_SQL,
      conditions,
      keys,
      pageSource: (window, sql) => areaPage(areaId, years('pt.published'), direction, window, sql),
    };
  }
  return { type: PAPER_SQL, from: order === PaperOrder.TRENDING ? TRENDING_FROM : undefined, conditions, keys };
}

/**
 * A page of the papers of the area whose id is the SQL expression `areaId`, by date: a page's
 * worth of each of its tasks' links past the cursor (an index range each, narrowed by the date
 * `bounds`), merged: at most tasks × page size index entries, whatever the area's size. Each paper
 * of the page is among the first `limit` of each of its tasks, so none is missed; a paper on
 * several of the area's tasks counts once. Walking every paper newest first until enough were in
 * the area took seconds for a small area (an empty one reached the statement timeout). Another
 * condition would be checked on the way through each task's links until a page's worth pass,
 * which costs more than the plan that condition drives itself, so paperList does not use this then.
 */
function areaPage(
  areaId: string,
  bounds: string[],
  direction: 'ASC' | 'DESC',
  { after, limit }: PageWindow,
  sql: SqlParameters,
): { from: string; keys: SortKey[] } {
  const where = ['pt.task_id = ta.task_id', ...bounds];
  if (after) {
    const [published, paperId] = after.map((value) => sql.add(value));
    where.push(`(pt.published, pt.paper_id) ${direction === 'DESC' ? '<' : '>'} (${published}::date, ${paperId}::int)`);
  }
  const pageSize = sql.add(limit);
  // The page is cut before its papers are read: only its own rows join paper.
  return {
    from: `(SELECT DISTINCT c.paper_id, c.published FROM task_area ta CROSS JOIN LATERAL (
              SELECT pt.paper_id, pt.published
              FROM paper_task pt
              WHERE ${where.join(' AND ')}
              ORDER BY pt.published ${direction}, pt.paper_id ${direction} LIMIT ${pageSize}) c
            WHERE ta.area_id = ${areaId}
            ORDER BY c.published ${direction}, c.paper_id ${direction} LIMIT ${pageSize}) area_paper
           JOIN paper paper ON paper.id = area_paper.paper_id`,
    keys: [
      { sql: 'area_paper.published', type: 'date', direction },
      { sql: 'area_paper.paper_id', type: 'int', direction },
    ],
  };
}
