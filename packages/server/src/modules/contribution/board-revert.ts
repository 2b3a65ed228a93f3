import { GraphQLError } from 'graphql';
import type { SqlRows } from '../../cache/data-version';

/**
 * One-click revert of what a revision did to boards and metrics that existed before it (issue
 * 12), in the caller's transaction, before its rows are put back: a board or metric it removed
 * is re-added with its id and every field it had (a board first, then its metrics, so the rows
 * and values restored next find them), and fields it changed get their values from before.
 * Boards and metrics it added are removed after the rows (revert.ts, removeAddedEntities).
 *
 * As for rows, only while they are exactly as the revision left them: a board or metric changed
 * or re-created since refuses the revert (CONFLICT), naming the later revisions.
 */

const TABLES = { BENCHMARK: 'benchmark', METRIC: 'metric' } as const;
type BoardEntity = keyof typeof TABLES;

interface BoardChange {
  type: BoardEntity;
  id: number;
  action: 'CHANGED' | 'REMOVED';
  label: string | null;
  fields: { field: string; before?: unknown; after?: unknown }[];
}

/** Restores the boards and metrics a revision removed or changed; returns how many. */
export async function restoreBoardsAndMetrics(sql: SqlRows, revisionId: string): Promise<number> {
  const changes = await sql.query<BoardChange>(
    `SELECT c.entity_type AS type, c.entity_id AS id, c.action, c.label, c.fields
     FROM revision_change c
     WHERE c.revision_id = $1 AND c.entity_type IN ('BENCHMARK', 'METRIC') AND c.action IN ('CHANGED', 'REMOVED')
     ORDER BY c.entity_type, c.entity_id`,
    [revisionId],
  );
  for (const change of changes) {
    const table = TABLES[change.type];
    const [current] = await sql.query<{ image: Record<string, unknown> }>(
      `SELECT to_jsonb(t) - 'id' AS image FROM ${table} t WHERE t.id = $1 FOR UPDATE`,
      [change.id],
    );
    if (change.action === 'REMOVED') {
      if (current) await conflict(sql, revisionId, change, 'was added again');
      await reAdd(sql, revisionId, change, table);
    } else {
      // Each field the revision changed must still hold what it wrote (a field it emptied: null).
      const moved = change.fields.some(
        (f) => JSON.stringify(nullable(current?.image[f.field])) !== JSON.stringify(nullable(f.after)),
      );
      if (!current || moved) await conflict(sql, revisionId, change, current ? 'changed since' : 'is gone');
      const before = Object.fromEntries(change.fields.map((f) => [f.field, f.before ?? null]));
      await sql.query(
        `UPDATE ${table} t SET (${columnList(change.fields)}) =
           (SELECT ${columnList(change.fields)} FROM jsonb_populate_record(t, $2::jsonb))
         WHERE t.id = $1`,
        [change.id, JSON.stringify(before)],
      );
    }
  }
  return changes.length;
}

/** A removed board or metric, back with its id and fields; CONFLICT when its slug or name is taken since. */
async function reAdd(sql: SqlRows, revisionId: string, change: BoardChange, table: string) {
  const image = Object.fromEntries(change.fields.map((f) => [f.field, f.before ?? null]));
  await sql.query('SAVEPOINT board_revert');
  try {
    await sql.query(`INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, $1::jsonb)).*`, [
      JSON.stringify({ ...image, id: change.id }),
    ]);
    await sql.query('RELEASE SAVEPOINT board_revert');
  } catch (error) {
    await sql.query('ROLLBACK TO SAVEPOINT board_revert');
    const failure = error as { code?: string; driverError?: { code?: string } };
    if ((failure.code ?? failure.driverError?.code) === '23505')
      await conflict(sql, revisionId, change, 'has a namesake added since (same slug, pair or name)');
    throw error;
  }
}

const nullable = (value: unknown) => (value === undefined ? null : value);

/** The quoted column names (they come from the recorded images of the table itself). */
function columnList(fields: { field: string }[]): string {
  return fields.map((f) => `"${f.field.replace(/"/g, '""')}"`).join(', ');
}

async function conflict(sql: SqlRows, revisionId: string, change: BoardChange, what: string): Promise<never> {
  const later = await sql.query<{ id: string; author: string }>(
    `SELECT DISTINCT rv.id::text, rv.author_label AS author FROM revision_change c JOIN revision rv ON rv.id = c.revision_id
     WHERE c.entity_type = $1 AND c.entity_id = $2 AND c.revision_id > $3 ORDER BY 1`,
    [change.type, change.id, revisionId],
  );
  throw new GraphQLError(
    `Revision ${revisionId} cannot be reverted: ${change.type.toLowerCase()} "${change.label}" ${what}` +
      `${later.length ? ` (${later.map((r) => `${r.id} by ${r.author}`).join(', ')})` : ''}; revert those first`,
    { extensions: { code: 'CONFLICT', revision: revisionId, laterRevisions: later.map((r) => r.id) } },
  );
}
