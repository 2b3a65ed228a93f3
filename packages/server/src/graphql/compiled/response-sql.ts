import type { GraphQLObjectType } from 'graphql';
import { globalIdSql } from '../global-id';
import { joinedRows, SqlParameters, type JoinedRows, type SqlRelation, type SqlType } from '../sql-projection';
import { NotCompilable } from './not-compilable';
import type { ResponseField } from './response-fields';
import type { CompiledContext } from './root-reader';

/** A step of a path into the reply: a response key, or every element of a list. */
export type PathStep = string | '*';

/** A reply object as parsed from the statement's json. */
export type ReplyObject = Record<string, unknown>;

/**
 * A field that a module fills in after the statement, for every object of the reply that
 * selects it at once (e.g. the ranked rows of every board of a list, in one more statement).
 */
export interface CompletedField {
  /** What the completion needs from each object's row, as hidden entries `@name` (SQL of the row alias). */
  inputs: (row: string) => Record<string, string>;
  /** Sets `object[field.key]` on each object; the hidden entries are removed afterwards. */
  complete: (objects: ReplyObject[], field: ResponseField, context: CompiledContext) => Promise<void>;
  /**
   * Throws NotCompilable when `complete` could not answer the field (its arguments, what it
   * selects): called while the statement is built, so before any statement runs.
   */
  check: (field: ResponseField, schema: CompiledSchema) => void;
}

/** What the compiled path knows beyond the SqlTypes (from the modules' descriptors). */
export interface CompiledSchema {
  /** GraphQL type name → the column its global id keys on. */
  globalIdKeys: Record<string, 'slug' | 'id'>;
  /** GraphQL type name → field name → its completion. */
  completedFields: Record<string, Record<string, CompletedField>>;
}

interface Completion {
  /** Where the objects that select the field are. */
  parents: PathStep[];
  field: ResponseField;
  complete: CompletedField['complete'];
}

/** Throws NotCompilable unless `fields` of `type` (the GraphQL object type) can be written by SQL. */
export function checkObject(schema: CompiledSchema, type: SqlType, field: ResponseField): void {
  if (!field.type) throw new NotCompilable(`${field.name} returns no object`);
  new ResponseSql(new SqlParameters(), schema, true).object(type, field.type, 'x', field.fields);
}

/** Response keys are GraphQL names; checked anyway before they are written into SQL. */
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** json_build_object takes at most 100 arguments. */
const MAX_ENTRIES = 50;

/**
 * Builds SQL that returns reply objects exactly as graphql-js would write them: keys in the
 * document's order, aliases as keys, only what was selected, relations nested (one correlated
 * subquery each, so a whole tree costs one statement). Values graphql-js would compute in a
 * resolver from a row's columns come from SqlType (columns, computed, relations, embedded
 * lists, global ids); a field it does not describe makes the operation NotCompilable.
 */
export class ResponseSql {
  private readonly completions: Completion[] = [];

  constructor(
    readonly sql: SqlParameters,
    private readonly schema: CompiledSchema,
    /** Also check what completions would read (while planning; a plan's statements were checked). */
    private readonly checking = false,
  ) {}

  /** The json object of row `row` (of `type`, the GraphQL object type `objectType`). */
  object(
    type: SqlType,
    objectType: GraphQLObjectType,
    row: string,
    fields: ResponseField[],
    path: PathStep[] = [],
    joined: JoinedRows = {},
  ): string {
    const hidden = new Map<string, string>();
    const entries = fields.map((field) => {
      if (!NAME.test(field.key)) throw new NotCompilable(`response key ${field.key}`);
      const completed = this.schema.completedFields[objectType.name]?.[field.name];
      if (completed) {
        if (this.checking) completed.check(field, this.schema);
        for (const [name, input] of Object.entries(completed.inputs(row))) hidden.set(`@${name}`, input);
        this.completions.push({ parents: path, field, complete: completed.complete });
        return `'${field.key}', NULL`; // filled in later; the entry keeps the key's place
      }
      return `'${field.key}', ${this.value(type, objectType, row, field, [...path, field.key], joined)}`;
    });
    for (const [key, input] of hidden) entries.push(`'${key}', ${input}`);
    if (entries.length > MAX_ENTRIES) throw new NotCompilable('too many entries in one object');
    return `json_build_object(${entries.join(', ')})`;
  }

  private value(
    type: SqlType,
    objectType: GraphQLObjectType,
    row: string,
    field: ResponseField,
    path: PathStep[],
    joined: JoinedRows,
  ): string {
    const { name } = field;
    if (name === '__typename') return `'${objectType.name}'`;
    if (name === 'id') {
      const key = this.schema.globalIdKeys[objectType.name];
      if (!key) throw new NotCompilable(`id of ${objectType.name}`);
      return globalIdSql(objectType.name, `${row}.${key}`);
    }
    const column = type.columns[name] ?? (field.type ? undefined : type.keys[name]);
    if (column && !field.type) return `${row}.${column}`;
    const computed = type.computed?.[name];
    if (computed) return computed(row);
    const derived = type.derived?.[name];
    if (derived) {
      const { compute } = derived;
      this.completions.push({
        parents: path.slice(0, -1),
        field,
        complete: async (objects) => {
          for (const object of objects) object[field.key] = compute(object[field.key]);
        },
      });
      return derived.input(row);
    }
    const embedded = type.embedded?.[name];
    if (embedded && field.type) return this.embeddedList(`${row}.${embedded}`, field);
    const relation = type.relations?.[name];
    const joinedRow = relation && !relation.many ? joined[name] : undefined;
    if (joinedRow && field.type) return this.object(relation!.target(), field.type, joinedRow, field.fields, path);
    if (relation && field.type) return this.relation(relation, row, field, path);
    throw new NotCompilable(`${objectType.name}.${name}`);
  }

  /** A list of plain objects kept in a jsonb column (e.g. code links), each cut to the selection. */
  private embeddedList(column: string, field: ResponseField): string {
    const entries = field.fields.map((inner) => {
      if (!NAME.test(inner.key)) throw new NotCompilable(`response key ${inner.key}`);
      const value = inner.name === '__typename' ? `'${field.type!.name}'` : `e.item -> '${inner.name}'`;
      return `'${inner.key}', ${value}`;
    });
    return `(SELECT coalesce(json_agg(json_build_object(${entries.join(', ')}) ORDER BY e.n), '[]'::json)
             FROM jsonb_array_elements(${column}) WITH ORDINALITY AS e(item, n))`;
  }

  private relation(relation: SqlRelation, parent: string, field: ResponseField, path: PathStep[]): string {
    const child = this.sql.alias();
    const from = relation.from(parent, child, field.args, this.sql);
    if (from === null) throw new NotCompilable(`arguments of ${field.name}`);
    const target = relation.target();
    const order = relation.orderBy ? ` ORDER BY ${relation.orderBy(child)}` : '';
    if (!relation.many) {
      const row = this.object(target, field.type!, child, field.fields, path, joinedRows(relation, child));
      return `(SELECT ${row} ${from}${order} LIMIT 1)`;
    }
    const row = this.object(target, field.type!, child, field.fields, [...path, '*'], joinedRows(relation, child));
    if (!relation.limit) return `(SELECT coalesce(json_agg(${row}${order}), '[]'::json) ${from})`;
    // A limited list: cut in order first, then aggregated in that order.
    const limit = ` LIMIT ${this.sql.add(relation.limit(field.args))}`;
    return `(SELECT coalesce(json_agg(q.j ORDER BY q.n), '[]'::json) FROM (
      SELECT ${row} AS j, row_number() OVER (${order}) AS n ${from}${order}${limit}) q)`;
  }

  /**
   * Completes a parsed reply value (the json of the statement, at the path the objects were
   * built at) in place: completed and derived fields filled in, hidden entries removed.
   */
  async finish(value: unknown, context: CompiledContext): Promise<void> {
    await Promise.all(
      this.completions.map(({ parents, field, complete }) => complete(objectsAt(value, parents), field, context)),
    );
    for (const { parents } of this.completions) {
      for (const object of objectsAt(value, parents)) {
        for (const key of Object.keys(object)) if (key.startsWith('@')) delete object[key];
      }
    }
  }
}

/** The objects at `path` in `value` (every element at a `*`); nulls skipped. */
function objectsAt(value: unknown, path: PathStep[]): ReplyObject[] {
  if (value === null || value === undefined) return [];
  if (path.length === 0) return Array.isArray(value) ? [] : [value as ReplyObject];
  const [step, ...rest] = path;
  if (step === '*') return Array.isArray(value) ? value.flatMap((item) => objectsAt(item, rest)) : [];
  return objectsAt((value as ReplyObject)[step!], rest);
}
