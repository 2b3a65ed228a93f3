import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { selectedFields, type SelectedField, type Selection } from './selected-fields';

/**
 * Compiles what a client selected into one SQL expression per row: a json object with the
 * selected columns and, for the relations the client asked for, their rows as nested json
 * (correlated subqueries). A page's whole tree of relations thus costs one statement, as
 * PostGraphile does it; a field the compiler does not know is left to its resolver, which finds
 * the row's keys in the object (every row carries its `keys`).
 *
 * Relations and computed fields land in the row under `@<response key>`, so aliases of one field
 * with different arguments stay apart; resolvers read them with `preloaded`.
 */
export interface SqlType {
  table: string;
  /** Property name → column, always selected: the ids and slugs resolvers need. */
  keys: Record<string, string>;
  /** GraphQL field → column, selected when asked for. */
  columns: Record<string, string>;
  /** Scalar fields computed in SQL (counts, hasCode), from the row's alias. */
  computed?: Record<string, (row: string) => string>;
  relations?: Record<string, SqlRelation>;
  /** More json entries (name → SQL) that the selection calls for, e.g. data a resolver shares. */
  extras?: (row: string, selection: Selection) => Record<string, string>;
  /**
   * For the compiled read path (graphql/compiled): fields whose resolvers compute them in
   * JavaScript from a column (`input`), with the resolver's own function (`compute`).
   */
  derived?: Record<string, { input: (row: string) => string; compute: (input: unknown) => unknown }>;
  /** For the compiled read path: list fields kept as a jsonb array of plain objects, by column. */
  embedded?: Record<string, string>;
}

export interface SqlRelation {
  target: () => SqlType;
  /** A list (json array, `[]` when empty) or one row (null when absent). */
  many: boolean;
  /** Stored under the field's name, for object types without resolvers (read as plain properties). */
  asProperty?: boolean;
  /**
   * The rows of the relation for the parent row `parent`, the target aliased as `child`:
   * `FROM … WHERE …` without ORDER BY; null when the arguments are not ones to preload (the
   * resolver then reports them).
   */
  from: (parent: string, child: string, args: Record<string, unknown>, sql: SqlParameters) => string | null;
  orderBy?: (child: string) => string;
  limit?: (args: Record<string, unknown>) => number;
  /**
   * Single-row relations of the target that `from` already joins (e.g. a value's metric, joined
   * to order the values): relation name → the joined row's alias, from the child's alias. They
   * are written from that row instead of a subquery of their own.
   */
  joined?: Record<string, (child: string) => string>;
}

/** Aliases of rows a relation's `from` already joined, by relation name (see SqlRelation.joined). */
export type JoinedRows = Record<string, string>;

export function joinedRows(relation: SqlRelation, child: string): JoinedRows {
  return Object.fromEntries(Object.entries(relation.joined ?? {}).map(([name, alias]) => [name, alias(child)]));
}

/** Positional parameters of one statement, and fresh table aliases. */
export class SqlParameters {
  readonly values: unknown[] = [];
  private aliases = 0;

  constructor(initial: unknown[] = []) {
    this.values.push(...initial);
  }

  /** `$n` for a value, so nothing a client sends is ever spliced into SQL. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  alias(): string {
    return `s${++this.aliases}`;
  }
}

/** The json object of row `row` (a `type.table` alias) with what `selection` asks for. */
export function projectRow(
  type: SqlType,
  row: string,
  selection: Selection,
  sql: SqlParameters,
  joined: JoinedRows = {},
): string {
  const pairs = new Map<string, string>();
  for (const [name, column] of Object.entries(type.keys)) pairs.set(name, `${row}.${column}`);
  for (const [key, field] of selection) {
    const column = type.columns[field.name];
    if (column) {
      pairs.set(field.name, `${row}.${column}`);
      continue;
    }
    const computed = type.computed?.[field.name];
    const relation = type.relations?.[field.name];
    const joinedRow = relation && !relation.many ? joined[field.name] : undefined;
    const expression = computed
      ? computed(row)
      : joinedRow
        ? projectRow(relation!.target(), joinedRow, field.selection, sql)
        : relation && projectRelation(relation, row, field, sql);
    if (expression) pairs.set(relation?.asProperty ? field.name : `@${key}`, expression);
  }
  for (const [name, expression] of Object.entries(type.extras?.(row, selection) ?? {})) pairs.set(name, expression);
  return jsonObject(pairs);
}

/**
 * How a statement writes each row as json: the projection of a selection for the resolvers, or
 * a function of the row's alias (the compiled read path's reply shape).
 */
export type RowJson = Selection | ((type: SqlType, row: string, sql: SqlParameters) => string);

export function rowJson(json: RowJson, type: SqlType, row: string, sql: SqlParameters): string {
  return typeof json === 'function' ? json(type, row, sql) : projectRow(type, row, json, sql);
}

/** The json object of columns (property → column) of row `row`. */
export function jsonObjectOf(columns: Record<string, string>, row: string): string {
  return jsonObject(new Map(Object.entries(columns).map(([name, column]) => [name, `${row}.${column}`])));
}

/** json_build_object takes at most 100 arguments: larger objects are concatenated as jsonb. */
function jsonObject(pairs: Map<string, string>): string {
  const args = [...pairs].map(([name, expression]) => `'${name}', ${expression}`);
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += 50) chunks.push(`jsonb_build_object(${args.slice(i, i + 50).join(', ')})`);
  // Nothing selected (only __typename, on a type without keys) is an empty object.
  if (chunks.length === 0) return "'{}'::jsonb";
  return chunks.length === 1 ? chunks[0]! : `(${chunks.join(' || ')})`;
}

function projectRelation(
  relation: SqlRelation,
  parent: string,
  field: SelectedField,
  sql: SqlParameters,
): string | null {
  const child = sql.alias();
  const from = relation.from(parent, child, field.args, sql);
  if (from === null) return null;
  const target = relation.target();
  const row = projectRow(target, child, field.selection, sql, joinedRows(relation, child));
  const order = relation.orderBy ? ` ORDER BY ${relation.orderBy(child)}` : '';
  const limit = relation.limit ? ` LIMIT ${sql.add(relation.limit(field.args))}` : '';
  if (!relation.many) return `(SELECT ${row} ${from}${order} LIMIT 1)`;
  // Ordered inside, numbered, then aggregated in that order.
  return `(SELECT coalesce(jsonb_agg(q.j ORDER BY q.n), '[]'::jsonb) FROM (
    SELECT ${row} AS j, row_number() OVER (${order}) AS n ${from}${order}${limit}) q)`;
}

/** Rows of `type` matching `where` (on alias `row`), each as the json the selection asks for. */
export async function selectRows<T>(
  dataSource: DataSource,
  type: SqlType,
  selection: Selection,
  where: (row: string, sql: SqlParameters) => string,
): Promise<T[]> {
  const sql = new SqlParameters();
  const row = sql.alias();
  const condition = where(row, sql);
  const records: { j: T }[] = await dataSource.query(
    `SELECT ${projectRow(type, row, selection, sql)} AS j FROM ${type.table} ${row} WHERE ${condition}`,
    sql.values,
  );
  return records.map((record) => record.j);
}

/** The row of `type` with the slug `slug`, as the json the field's selection asks for; null when absent. */
export async function selectBySlug<T>(
  dataSource: DataSource,
  type: SqlType,
  info: GraphQLResolveInfo,
  slug: string,
): Promise<T | null> {
  const [row] = await selectRows<T>(dataSource, type, selectedFields(info), (r, sql) => `${r}.slug = ${sql.add(slug)}`);
  return row ?? null;
}

/**
 * What the row's statement already loaded for the field being resolved; otherwise `load()`.
 * Rows that came through an entity or a loader carry nothing, and load as before.
 */
export function preloaded<T>(row: object, info: GraphQLResolveInfo, load: () => T | Promise<T>): T | Promise<T> {
  const key = `@${info.path.key}`;
  return key in row ? ((row as Record<string, T>)[key] as T) : load();
}
