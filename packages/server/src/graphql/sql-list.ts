import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../db/prepared-statements';
import {
  afterCursorCondition,
  decodeCursor,
  keyColumns,
  keyOrder,
  pageOf,
  type CursorValue,
  type KeyedRow,
  type Page,
  type PageRequest,
  type SortKey,
} from './keyset-pagination';
import { groupRows } from './loader-factories';
import { selectionKey, type Selection } from './selected-fields';
import { projectRow, rowJson, SqlParameters, type RowJson, type SqlType } from './sql-projection';

/**
 * A filtered, ordered list of rows of one type, as a service describes it. The row is aliased by
 * its table's name (`paper`), which the conditions and sort keys use; values go through `sql`.
 */
export interface SqlList {
  type: SqlType;
  /**
   * Where the rows come from when not their table alone: a join that exposes the row under its
   * table's name, e.g. a link table whose index holds the sort keys (then keys and conditions may
   * name the link's alias), so a page is an index range instead of a sort of every match.
   */
  from?: string;
  conditions: string[];
  keys: SortKey[];
  /**
   * Pages read from a source cut to the page (e.g. a LIMIT per group, merged): given the page's
   * cursor values and size, the relation (exposing the row under its table's name) that holds the
   * page's rows in the order of `keys` there — the same types as `keys`; conditions and cursor
   * already applied. `from` and `conditions` still describe the whole list (counts, facets).
   */
  pageSource?: (window: PageWindow, sql: SqlParameters) => { from: string; keys: SortKey[] };
}

/** The part of a list one page reads: after the cursor's values, at most `limit` rows. */
export interface PageWindow {
  after: CursorValue[] | null;
  limit: number;
}

/** The FROM clause of a list. */
function fromClause({ type, from }: SqlList): string {
  return from ?? `${type.table} ${type.table}`;
}

export type SqlListOf = (sql: SqlParameters) => SqlList;

/** The id of the row of `table` with slug `slug` (an SQL parameter), as SQL. */
export function idOfSlug(table: string, slug: string): string {
  return `(SELECT id FROM ${table} WHERE slug = ${slug})`;
}

/** `WHERE a AND b`, or nothing. */
function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * One keyset page of a list, each node the json of what `selection` asks for, in one statement;
 * the total is counted on demand.
 */
export async function selectPage<T>(
  dataSource: SqlRunner,
  listOf: SqlListOf,
  selection: RowJson,
  page: PageRequest,
): Promise<Page<T>> {
  const sql = new SqlParameters();
  const list = listOf(sql);
  const { type, conditions } = list;
  const row = type.table;
  const after = page.after ? decodeCursor(page.after, list.keys) : null;
  const { from, keys, where } = list.pageSource
    ? { ...list.pageSource({ after, limit: page.first + 1 }, sql), where: [] }
    : {
        from: fromClause(list),
        keys: list.keys,
        where: after ? [...conditions, afterCursorCondition(list.keys, after, sql)] : conditions,
      };
  const rows = await dataSource.query<KeyedRow<T>[]>(
    `SELECT ${rowJson(selection, type, row, sql)} AS j, ${keyColumns(keys)}
     FROM ${from} ${whereClause(where)}
     ORDER BY ${keyOrder(keys)} LIMIT ${sql.add(page.first + 1)}`,
    sql.values,
  );
  return pageOf(rows, keys, page, () => countRows(dataSource, listOf));
}

async function countRows(dataSource: SqlRunner, listOf: SqlListOf): Promise<number> {
  const sql = new SqlParameters();
  const list = listOf(sql);
  const [{ count }] = (await dataSource.query(
    `SELECT count(*)::int AS count FROM ${fromClause(list)} ${whereClause(list.conditions)}`,
    sql.values,
  )) as [{ count: number }];
  return count;
}

/**
 * A list nested under parent rows (task.papers): `ofParent(row, parent)` says that row `row`
 * belongs to the parent whose id is the SQL expression `parent`.
 */
export interface ChildList {
  /** Names the list and whatever else shapes it (its arguments), to batch equal requests. */
  name: string;
  listOf: SqlListOf;
  ofParent: (row: string, parent: string) => string;
}

/** Where a request keeps the batches of its child lists; any object that lives as long as the request. */
export type RequestScope = object;

/**
 * One page of a child list for one parent. First pages of every parent that asks in the same tick
 * load in one statement (a LIMIT per parent, laterally joined), totals in one more; a page after
 * a cursor is a query of its own.
 */
export function selectChildPage<T>(
  dataSource: DataSource,
  scope: RequestScope,
  child: ChildList,
  parentId: number,
  selection: Selection,
  page: PageRequest,
): Promise<Page<T>> {
  const count = () => batch(scope, `count ${child.name}`, () => countLoader(dataSource, child)).load(parentId);
  if (page.after) {
    const one: SqlListOf = (sql) => {
      const list = child.listOf(sql);
      return { ...list, conditions: [...list.conditions, child.ofParent(list.type.table, sql.add(parentId))] };
    };
    return selectPage<T>(dataSource, one, selection, page).then((result) => ({ ...result, count }));
  }
  const key = `page ${child.name} ${page.first} ${selectionKey(selection)}`;
  const loader = batch(scope, key, () => firstPagesLoader<T>(dataSource, child, selection, page.first));
  return loader.load(parentId).then(({ rows, keys }) => pageOf(rows, keys, page, count));
}

type OwnedRow<T> = KeyedRow<T> & { owner: number };

function firstPagesLoader<T>(
  dataSource: DataSource,
  child: ChildList,
  selection: Selection,
  first: number,
): DataLoader<number, { rows: KeyedRow<T>[]; keys: SortKey[] }> {
  return new DataLoader(async (parentIds) => {
    const sql = new SqlParameters([[...parentIds]]);
    const list = child.listOf(sql);
    const { type, conditions, keys } = list;
    const row = type.table;
    const rows: OwnedRow<T>[] = await dataSource.query(
      `SELECT owner.id AS owner, ${projectRow(type, row, selection, sql)} AS j,
              ${keys.map((_, i) => `page.k${i}`).join(', ')}
       FROM unnest($1::int[]) AS owner(id)
       CROSS JOIN LATERAL (
         SELECT ${row}.id, ${keyColumns(keys)} FROM ${fromClause(list)}
         ${whereClause([...conditions, child.ofParent(row, 'owner.id')])}
         ORDER BY ${keyOrder(keys)} LIMIT ${sql.add(first + 1)}) page
       JOIN ${type.table} ${row} ON ${row}.id = page.id
       ORDER BY owner.id, ${keyOrder(keys, 'page.')}`,
      sql.values,
    );
    return groupRows(parentIds, rows, (r) => r.owner).map((owned) => ({ rows: owned, keys }));
  });
}

function countLoader(dataSource: DataSource, child: ChildList): DataLoader<number, number> {
  return new DataLoader(async (parentIds) => {
    const sql = new SqlParameters([[...parentIds]]);
    const list = child.listOf(sql);
    const row = list.type.table;
    const counts: { owner: number; count: number }[] = await dataSource.query(
      `SELECT owner.id AS owner, (SELECT count(*)::int FROM ${fromClause(list)}
         ${whereClause([...list.conditions, child.ofParent(row, 'owner.id')])}) AS count
       FROM unnest($1::int[]) AS owner(id)`,
      sql.values,
    );
    const byOwner = new Map(counts.map((c) => [c.owner, c.count]));
    return parentIds.map((id) => byOwner.get(id) ?? 0);
  });
}

const batches = new WeakMap<RequestScope, Map<string, DataLoader<number, unknown>>>();

/** The request's DataLoader under `key`, made on first use. */
function batch<V>(scope: RequestScope, key: string, create: () => DataLoader<number, V>): DataLoader<number, V> {
  let loaders = batches.get(scope);
  if (!loaders) batches.set(scope, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<number, V> | undefined;
  if (!loader) loaders.set(key, (loader = create()));
  return loader;
}
