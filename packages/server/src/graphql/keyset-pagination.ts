import type { Edge } from './connection.type';
import { badInput } from './errors';
import { INT4_MAX } from './global-id';
import type { SqlParameters } from './sql-projection';

/** One ORDER BY term. The expression must never be NULL; the last key must be unique. */
export interface SortKey {
  sql: string;
  /** The SQL type of the expression, so a cursor's values are checked before they reach SQL. */
  type: CursorValueType;
  direction: 'ASC' | 'DESC';
}

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The number of rows in the whole list, counted only when called. */
  count: () => Promise<number>;
}

export type CursorValue = string | number;
export type CursorValueType = 'int' | 'bigint' | 'text' | 'date' | 'float';

const VALID_CURSOR_VALUE: Record<CursorValueType, (value: CursorValue) => boolean> = {
  int: (v) => Number.isInteger(v) && Math.abs(v as number) <= INT4_MAX,
  bigint: (v) =>
    (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^-?\d{1,18}$/.test(v)),
  text: (v) => typeof v === 'string' && v.length <= 10_000 && !v.includes('\0'),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
};

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The values of a client's cursor, checked against the keys; BAD_USER_INPUT on `after` otherwise. */
export function decodeCursor(cursor: string, keys: SortKey[]): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === keys.length &&
      values.every((v, i) => (typeof v === 'string' || typeof v === 'number') && VALID_CURSOR_VALUE[keys[i]!.type](v))
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the user error below
  }
  throw badInput('after', 'malformed cursor; pass an endCursor from a previous page of the same list and order');
}

/** A row of a keyset query: its node and its sort keys as columns k0, k1, … */
export type KeyedRow<T> = { j: T } & Record<string, unknown>;

/** The sort keys as output columns k0, k1, … of a keyset query. */
export function keyColumns(keys: SortKey[]): string {
  return keys.map((key, i) => `(${key.sql}) AS k${i}`).join(', ');
}

/** ORDER BY the key columns (of relation `from`, e.g. `page.`). */
export function keyOrder(keys: SortKey[], from = ''): string {
  return keys.map((key, i) => `${from}k${i} ${key.direction}`).join(', ');
}

/**
 * One page of rows fetched in key order with `first + 1` as the limit: the extra row only tells
 * that there is a next page.
 */
export function pageOf<T>(
  rows: KeyedRow<T>[],
  keys: SortKey[],
  { first, after }: PageRequest,
  count: () => Promise<number>,
): Page<T> {
  const edges = rows.slice(0, first).map((row) => new KeyedEdge(row, keys.length));
  return { edges, hasNextPage: rows.length > first, hasPreviousPage: Boolean(after), count };
}

/**
 * An edge of a keyset page. Its cursor is encoded when asked for: most pages show nodes, and only
 * a page's last cursor is used. (A class, not an object literal with a getter: no closure per row.)
 */
class KeyedEdge<T> implements Edge<T> {
  readonly node: T;

  constructor(
    private readonly row: KeyedRow<T>,
    private readonly keyCount: number,
  ) {
    this.node = row.j;
  }

  get cursor(): string {
    const values: CursorValue[] = [];
    for (let i = 0; i < this.keyCount; i++) values.push(normalizeKeyValue(this.row[`k${i}`]));
    return encodeCursor(values);
  }
}

function normalizeKeyValue(value: unknown): CursorValue {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Rows after the cursor. With one direction for every key this is a row comparison, which an
 * index on the keys serves; mixed directions expand to (k0 > v0) OR (k0 = v0 AND k1 > v1) ...
 */
export function afterCursorCondition(keys: SortKey[], values: CursorValue[], sql: SqlParameters): string {
  const params = values.map((value) => sql.add(value));
  const direction = keys[0]?.direction;
  if (keys.every((key) => key.direction === direction)) {
    const columns = keys.map((key) => `(${key.sql})`).join(', ');
    return `(${columns}) ${direction === 'ASC' ? '>' : '<'} (${params.join(', ')})`;
  }
  const alternatives = keys.map((key, i) => {
    const equalities = keys.slice(0, i).map((k, j) => `(${k.sql}) = ${params[j]}`);
    const comparison = `(${key.sql}) ${key.direction === 'ASC' ? '>' : '<'} ${params[i]}`;
    return `(${[...equalities, comparison].join(' AND ')})`;
  });
  return `(${alternatives.join(' OR ')})`;
}
