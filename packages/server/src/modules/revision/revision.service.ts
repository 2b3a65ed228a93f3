import type { SqlRunner } from '../../db/prepared-statements';
import { badInput, notFound } from '../../graphql/errors';
import {
  afterCursorCondition,
  decodeCursor,
  keyColumns,
  pageOf,
  type KeyedRow,
  type Page,
  type PageRequest,
  type SortKey,
} from '../../graphql/keyset-pagination';
import { SqlParameters } from '../../graphql/sql-projection';
import { boardHistoryStartSql } from './board-history.sql';
import {
  RevisionEntityType,
  type FieldChange,
  type Revision,
  type RevisionChange,
  type RevisionScope,
} from './revision.types';

/** Newest first: revision ids grow with time. */
const REVISION_KEYS: SortKey[] = [{ sql: 'rv.id', type: 'bigint', direction: 'DESC' }];
/** A revision's changes in the order they were recorded (by board, type, entity). */
const CHANGE_KEYS: SortKey[] = [{ sql: 'c.id', type: 'bigint', direction: 'ASC' }];

const REVISION_JSON = `json_build_object(
  'id', rv.id::text, 'status', rv.status, 'authorLabel', rv.author_label, 'authorId', rv.author_id,
  'createdAt', rv.created_at, 'reason', rv.reason, 'source', rv.source, 'changeCount', rv.change_count)`;

/** The changes of `scope` among `revision_change c`. */
function scopeCondition(scope: RevisionScope | null, sql: SqlParameters): string {
  if (!scope) return 'true';
  if ('benchmarkId' in scope) return `c.benchmark_id = ${sql.add(scope.benchmarkId)}`;
  return `c.entity_type = ${sql.add(scope.entityType)} AND c.entity_id = ${sql.add(scope.entityId)}`;
}

/** Revisions that changed `scope` (every revision when null), newest first. */
export async function listRevisions(
  db: SqlRunner,
  scope: RevisionScope | null,
  page: PageRequest,
): Promise<Page<Revision>> {
  const sql = new SqlParameters();
  const after = page.after ? afterCursorCondition(REVISION_KEYS, decodeCursor(page.after, REVISION_KEYS), sql) : 'true';
  const ids = scope
    ? `JOIN (SELECT DISTINCT c.revision_id FROM revision_change c WHERE ${scopeCondition(scope, sql)}) ids
         ON ids.revision_id = rv.id`
    : '';
  const rows = await db.query<KeyedRow<Revision>[]>(
    `SELECT ${REVISION_JSON} AS j, ${keyColumns(REVISION_KEYS)}
     FROM revision rv ${ids}
     WHERE ${after}
     ORDER BY rv.id DESC LIMIT ${sql.add(page.first + 1)}`,
    sql.values,
  );
  for (const row of rows) row.j = { ...row.j, scope };
  return pageOf(rows, REVISION_KEYS, page, () => countRevisions(db, scope));
}

async function countRevisions(db: SqlRunner, scope: RevisionScope | null): Promise<number> {
  const sql = new SqlParameters();
  const [row] = await db.query<{ n: number }[]>(
    scope
      ? `SELECT count(DISTINCT c.revision_id)::int AS n FROM revision_change c WHERE ${scopeCondition(scope, sql)}`
      : 'SELECT count(*)::int AS n FROM revision',
    sql.values,
  );
  return row?.n ?? 0;
}

/** One revision by id, or null. */
export async function findRevision(db: SqlRunner, id: string): Promise<Revision | null> {
  if (!/^\d{1,18}$/.test(id)) throw badInput('id', 'a revision id is a positive whole number');
  const [row] = await db.query<{ j: Revision }[]>(`SELECT ${REVISION_JSON} AS j FROM revision rv WHERE rv.id = $1`, [
    id,
  ]);
  return row ? { ...row.j, scope: null } : null;
}

export interface ChangesRequest extends PageRequest {
  revisionId: string;
  scope: RevisionScope | null;
}

interface ChangeRecord {
  rid: string;
  j: StoredChange;
  k0: string;
}

interface StoredChange extends Omit<RevisionChange, 'fields'> {
  fields: { field: string; before?: unknown; after?: unknown }[];
}

/**
 * The changes of several revisions that share scope and page request, in one statement (the
 * DataLoader of Revision.changes): at most `first + 1` per revision.
 */
export async function loadChanges(db: SqlRunner, keys: readonly ChangesRequest[]): Promise<Page<RevisionChange>[]> {
  const [{ scope, first, after }] = keys as [ChangesRequest];
  const sql = new SqlParameters([keys.map((key) => key.revisionId)]);
  const afterCondition = after ? afterCursorCondition(CHANGE_KEYS, decodeCursor(after, CHANGE_KEYS), sql) : 'true';
  const records = await db.query<ChangeRecord[]>(
    `SELECT rid, j, k0 FROM (
       SELECT c.revision_id::text AS rid, c.id AS k0,
              json_build_object('id', c.id::text, 'entityType', c.entity_type, 'entityId', c.entity_id,
                                'action', c.action, 'label', c.label, 'fields', c.fields) AS j,
              row_number() OVER (PARTITION BY c.revision_id ORDER BY c.id) AS n
       FROM revision_change c
       WHERE c.revision_id = ANY($1::bigint[]) AND ${scopeCondition(scope, sql)} AND ${afterCondition}
     ) page
     WHERE n <= ${sql.add(first + 1)}
     ORDER BY rid, k0`,
    sql.values,
  );
  const byRevision = new Map<string, KeyedRow<RevisionChange>[]>();
  for (const record of records) {
    const rows = byRevision.get(record.rid) ?? [];
    rows.push({ j: { ...record.j, fields: record.j.fields.map(toFieldChange) }, k0: record.k0 });
    byRevision.set(record.rid, rows);
  }
  return keys.map((key) => pageOf(byRevision.get(key.revisionId) ?? [], CHANGE_KEYS, key, () => countChanges(db, key)));
}

async function countChanges(db: SqlRunner, key: ChangesRequest): Promise<number> {
  const sql = new SqlParameters([key.revisionId]);
  const [row] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM revision_change c WHERE c.revision_id = $1 AND ${scopeCondition(key.scope, sql)}`,
    sql.values,
  );
  return row?.n ?? 0;
}

/** A stored field change as the API shows it: camelCase names, values as text. */
function toFieldChange(change: { field: string; before?: unknown; after?: unknown }): FieldChange {
  const field = change.field.startsWith('values.')
    ? change.field
    : change.field.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return { field, before: asText(change.before), after: asText(change.after) };
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The table and key a subject is found by. */
const SUBJECT_TABLES: Partial<Record<RevisionEntityType, string>> = {
  [RevisionEntityType.BENCHMARK]: 'benchmark',
  [RevisionEntityType.TASK]: 'task',
  [RevisionEntityType.DATASET]: 'dataset',
  [RevisionEntityType.METHOD]: 'method',
  [RevisionEntityType.PAPER]: 'paper',
};

/**
 * The scope of a subject: a board (by slug: itself, its metrics and rows), an entity with a slug
 * (task, dataset, method, paper), or a result or metric by id (which may since have gone).
 */
export async function subjectScope(
  db: SqlRunner,
  subject: { type: RevisionEntityType; slug?: string | null; id?: number | null },
): Promise<RevisionScope> {
  const table = SUBJECT_TABLES[subject.type];
  if (!table) {
    if (subject.id == null) throw badInput('subject.id', `a ${subject.type} is named by its id`);
    return { entityType: subject.type, entityId: subject.id };
  }
  if (subject.slug == null) throw badInput('subject.slug', `a ${subject.type} is named by its slug`);
  const [row] = await db.query<{ id: number }[]>(`SELECT id FROM ${table} WHERE slug = $1`, [subject.slug]);
  if (!row) throw notFound(`${subject.type} ${JSON.stringify(subject.slug)}`);
  return subject.type === RevisionEntityType.BENCHMARK
    ? { benchmarkId: row.id }
    : { entityType: subject.type, entityId: row.id };
}

/** When a board's recorded history begins (see board-history.sql.ts); null without rows. */
export async function boardHistoryStart(db: SqlRunner, benchmarkId: number): Promise<string | null> {
  const [row] = await db.query<{ at: string | null }[]>(
    `SELECT ${boardHistoryStartSql('b')} AS at FROM benchmark b WHERE b.id = $1`,
    [benchmarkId],
  );
  return row?.at ?? null;
}
