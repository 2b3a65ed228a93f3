import type { SqlRunner } from '../../db/prepared-statements';
import type { Page } from '../keyset-pagination';
import { SqlParameters, type RowJson, type SqlType } from '../sql-projection';
import { NotCompilable } from './not-compilable';
import { checkConnection, connectionReply, onlyEntry } from './reply-shapes';
import type { ResponseField } from './response-fields';
import { checkObject, ResponseSql, type CompiledSchema } from './response-sql';

/** What a compiled root field reads with. */
export interface CompiledContext {
  /** Runs the statements, prepared (db/prepared-statements.ts). */
  db: SqlRunner;
  schema: CompiledSchema;
  /** Called before each statement: throws once the request's deadline has passed. */
  checkDeadline(): void;
}

/**
 * Answers one root field of a query on the compiled path. `check` runs once per document and
 * variables (the plan is kept), `read` on every request with what `check` returned.
 */
export interface RootReader<Checked = unknown> {
  /**
   * Throws NotCompilable when the field cannot be answered exactly as graphql-js would (checked
   * for every root field before any statement runs, so that nothing is read twice); returns
   * what `read` needs, e.g. the arguments as the resolver would take them.
   */
  check(field: ResponseField, schema: CompiledSchema): Checked;
  /** The field's reply value: reply-shaped (aliases as keys, only what was selected). */
  read(field: ResponseField, checked: Checked, context: CompiledContext): Promise<unknown>;
}

/** Runs one statement of the compiled path. */
export async function query<T>(context: CompiledContext, text: string, values: unknown[]): Promise<T[]> {
  context.checkDeadline();
  return context.db.query<T[]>(text, values);
}

/** The reply object of the one row of `type` matching `where`, or null. */
export async function selectObject(
  context: CompiledContext,
  type: SqlType,
  field: ResponseField,
  where: (row: string, sql: SqlParameters) => string,
): Promise<unknown> {
  if (!field.type) throw new NotCompilable(`${field.name} returns no object`);
  const sql = new SqlParameters();
  const response = new ResponseSql(sql, context.schema);
  const row = sql.alias();
  const condition = where(row, sql);
  const json = response.object(type, field.type, row, field.fields);
  const [record] = await query<{ j: unknown }>(
    context,
    `SELECT ${json} AS j FROM ${type.table} ${row} WHERE ${condition} LIMIT 1`,
    sql.values,
  );
  if (!record) return null;
  await response.finish(record.j, context);
  return record.j;
}

/** A root field that looks a row up by its slug (`slug: String!`). */
export function bySlug(type: SqlType): RootReader {
  return {
    check: (field, schema) => checkObject(schema, type, field),
    read: (field, _checked, context) =>
      selectObject(context, type, field, (row, sql) => `${row}.slug = ${sql.add(field.args.slug)}`),
  };
}

/**
 * Reply-shaped rows for a statement that takes a RowJson (see sql-list.ts): each row as the
 * json `objectField` selects on its type; `finish` completes the rows once they are read.
 */
export function nodeJson(context: CompiledContext, objectField: ResponseField | null) {
  let response: ResponseSql | undefined;
  return {
    json: (type: SqlType, row: string, sql: SqlParameters) => {
      if (!objectField?.type) return 'json_build_object()';
      response = new ResponseSql(sql, context.schema);
      return response.object(type, objectField.type, row, objectField.fields, ['*']);
    },
    /** Completes every row at once (one statement per completed field, not per row). */
    finish: async (rows: unknown[]) => {
      await response?.finish(rows, context);
    },
  };
}

/**
 * A root connection read by a list service (`read`, given the node json to write), with its
 * edges, pageInfo and totalCount shaped as the connection resolvers shape them.
 */
export function connectionRoot<A>(
  type: SqlType,
  /** The arguments as the resolver takes them; throws NotCompilable for ones it would reject. */
  validate: (args: Record<string, unknown>) => A,
  read: (args: A, json: RowJson, context: CompiledContext) => Promise<Page<unknown>>,
): RootReader<A> {
  return {
    check(field, schema) {
      const args = validate(field.args);
      const node = connectionNode(field);
      if (node) checkObject(schema, type, node);
      checkConnection(field);
      return args;
    },
    async read(field, args, context) {
      const nodes = nodeJson(context, connectionNode(field));
      context.checkDeadline();
      const page = await read(args, nodes.json, context);
      await nodes.finish(page.edges.map((edge) => edge.node));
      return connectionReply(field, {
        ...page,
        count: () => {
          context.checkDeadline();
          return page.count();
        },
      });
    },
  };
}

function connectionNode(connection: ResponseField): ResponseField | null {
  return onlyEntry(onlyEntry(connection.fields, 'edges')?.fields ?? [], 'node');
}
