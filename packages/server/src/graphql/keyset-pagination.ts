import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Edge } from './connection.type';
import { badInput } from './errors';
import { INT4_MAX } from './global-id';

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
}

type CursorValue = string | number;
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

function decodeCursor(cursor: string, keys: SortKey[]): CursorValue[] {
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

/**
 * Keyset pagination: the page after a cursor is found with an indexed comparison on the sort
 * keys instead of OFFSET, so deep pages cost the same as the first.
 */
export async function paginateKeyset<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: SortKey[],
  { first, after }: PageRequest,
): Promise<Page<T>> {
  const qb = query.clone();
  // Parenthesized: TypeORM would otherwise merge a bare column path with the entity's own column.
  keys.forEach((key, i) => qb.addSelect(`(${key.sql})`, `k${i}`));

  if (after) {
    const values = decodeCursor(after, keys);
    const params: Record<string, CursorValue> = {};
    values.forEach((value, i) => (params[`cursor${i}`] = value));
    qb.andWhere(afterCursorCondition(keys), params);
  }

  keys.forEach((key, i) => {
    if (i === 0) qb.orderBy(`k${i}`, key.direction);
    else qb.addOrderBy(`k${i}`, key.direction);
  });
  qb.limit(first + 1);

  const { entities, raw } = await qb.getRawAndEntities();
  const rawRows = raw as Record<string, unknown>[];
  const edges = entities.slice(0, first).map((node, index) => {
    const row = rawRows[index] ?? {};
    const values = keys.map((_, i) => normalizeKeyValue(row[`k${i}`]));
    return { node, cursor: encodeCursor(values) };
  });
  return { edges, hasNextPage: entities.length > first, hasPreviousPage: Boolean(after) };
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
function afterCursorCondition(keys: SortKey[]): string {
  const direction = keys[0]?.direction;
  if (keys.every((key) => key.direction === direction)) {
    const columns = keys.map((key) => `(${key.sql})`).join(', ');
    const values = keys.map((_, i) => `:cursor${i}`).join(', ');
    return `(${columns}) ${direction === 'ASC' ? '>' : '<'} (${values})`;
  }
  const alternatives = keys.map((key, i) => {
    const equalities = keys.slice(0, i).map((k, j) => `(${k.sql}) = :cursor${j}`);
    const comparison = `(${key.sql}) ${key.direction === 'ASC' ? '>' : '<'} :cursor${i}`;
    return `(${[...equalities, comparison].join(' AND ')})`;
  });
  return `(${alternatives.join(' OR ')})`;
}
