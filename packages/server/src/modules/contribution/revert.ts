import { GraphQLError } from 'graphql';
import type { SqlRows } from '../../cache/data-version';
import { badInput, notFound } from '../../graphql/errors';
import { restoreBoardsAndMetrics } from './board-revert';
import { revertContentChanges, REVERTIBLE_CONTENT } from './content-revert';

/**
 * One-click revert, in the caller's transaction (inside openRevision/closeRevision): every
 * leaderboard row a revision changed is put back as it was just before it — re-added with its
 * id and values if the revision removed it, removed if it added it, its columns and values
 * restored if it changed them — from result_state, which holds every state of every row. The
 * reverted revision is marked REVERTED; the revert is itself a new revision.
 *
 * A row is only put back while it is exactly as the revision left it: if a later change touched
 * it, the revert is refused (CONFLICT) naming the later revisions, rather than undo them too.
 */

interface RevisionToRevert {
  id: string;
  createdAt: Date;
  status: string;
  others: number;
}

/**
 * The revision, checked: PUBLISHED, and changing only leaderboard rows, boards and metrics,
 * or content content-revert.ts restores (other changes are refused).
 */
export async function revisionToRevert(sql: SqlRows, revisionId: string): Promise<RevisionToRevert> {
  const [revision] = await sql.query<RevisionToRevert>(
    `SELECT rv.id::text, rv.created_at AS "createdAt", rv.status,
            (SELECT count(*)::int FROM revision_change c WHERE c.revision_id = rv.id AND c.entity_type <> 'RESULT'
               AND c.entity_type NOT IN ('BENCHMARK', 'METRIC')
               AND NOT ${REVERTIBLE_CONTENT}) AS others
     FROM revision rv WHERE rv.id = $1 FOR UPDATE`,
    [revisionId],
  );
  if (!revision) throw notFound('Revision');
  if (revision.status !== 'PUBLISHED')
    throw badInput('id', `revision ${revisionId} is ${revision.status}: only published revisions are reverted`);
  if (revision.others > 0)
    throw badInput(
      'id',
      `revision ${revisionId} changed other fields of tasks, datasets, methods or papers: ` +
        'leaderboard rows, boards and metrics, descriptions, papers it added and code links are reverted in one click',
    );
  return revision;
}

const STATE = (alias: string) => `jsonb_build_object('data', ${alias}.data, 'values', ${alias}."values")`;

/** Restores the rows of one revision; returns how many rows it put back. */
export async function revertRevisionRows(sql: SqlRows, revision: RevisionToRevert): Promise<number> {
  await sql.query('DROP TABLE IF EXISTS revert_pairs');
  // Each row the revision changed: its state just before, just after, and now.
  await sql.query(
    `CREATE TEMP TABLE revert_pairs ON COMMIT DROP AS
     WITH t AS (SELECT created_at AS at FROM revision WHERE id = $1)
     SELECT ids.id,
       (SELECT ${STATE('s')} FROM result_state s
        WHERE s.result_id = ids.id AND s.valid_to = t.at AND s.valid_from < t.at) AS before,
       (SELECT ${STATE('s')} FROM result_state s WHERE s.result_id = ids.id AND s.valid_from = t.at) AS after,
       (SELECT jsonb_build_object('data', to_jsonb(r), 'values',
                 (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.metric_id), '[]')
                  FROM result_value v WHERE v.result_id = r.id))
        FROM result r WHERE r.id = ids.id) AS now
     FROM t, (SELECT DISTINCT entity_id AS id FROM revision_change
              WHERE revision_id = $1 AND entity_type = 'RESULT') ids`,
    [revision.id],
  );
  const stale = await sql.query<{ id: number }>(
    'SELECT id FROM revert_pairs WHERE now IS DISTINCT FROM after ORDER BY id',
  );
  if (stale.length > 0) {
    const later = await sql.query<{ id: string; author: string }>(
      `SELECT DISTINCT rv.id::text, rv.author_label AS author FROM revision_change c JOIN revision rv ON rv.id = c.revision_id
       WHERE c.entity_type = 'RESULT' AND c.entity_id = ANY($1::int[]) AND c.revision_id > $2 ORDER BY 1`,
      [stale.map((row) => row.id), revision.id],
    );
    throw new GraphQLError(
      `Revision ${revision.id} cannot be reverted: later revisions changed the same rows ` +
        `(${later.map((r) => `${r.id} by ${r.author}`).join(', ') || 'unrecorded changes'}); revert those first`,
      {
        extensions: {
          code: 'CONFLICT',
          revision: revision.id,
          laterRevisions: later.map((r) => r.id),
          rows: stale.map((row) => row.id),
        },
      },
    );
  }
  // Boards and metrics the revision removed or changed come back first: restored rows need them.
  const boards = await restoreBoardsAndMetrics(sql, revision.id);
  const columns = await resultColumns(sql);
  const list = columns.map((name) => `"${name}"`).join(', ');
  // Added by the revision: removed again (values and provenance go with it).
  await sql.query('DELETE FROM result WHERE id IN (SELECT id FROM revert_pairs WHERE before IS NULL)');
  // Changed: columns as before, values replaced below.
  await sql.query(
    `UPDATE result r SET (${list}) = (SELECT ${list} FROM jsonb_populate_record(NULL::result, p.before -> 'data'))
     FROM revert_pairs p WHERE r.id = p.id AND p.before IS NOT NULL AND p.after IS NOT NULL`,
  );
  await sql.query(
    `DELETE FROM result_value WHERE result_id IN
       (SELECT id FROM revert_pairs WHERE before IS NOT NULL AND after IS NOT NULL)`,
  );
  // Removed: re-added with its id.
  await sql.query(
    `INSERT INTO result SELECT (jsonb_populate_record(NULL::result, p.before -> 'data')).*
     FROM revert_pairs p WHERE p.before IS NOT NULL AND p.after IS NULL`,
  );
  await sql.query(
    `INSERT INTO result_value SELECT v.* FROM revert_pairs p,
       jsonb_populate_recordset(NULL::result_value, p.before -> 'values') v
     WHERE p.before IS NOT NULL`,
  );
  const entities = (await removeAddedEntities(sql, revision)) + (await revertContentChanges(sql, revision.id));
  await sql.query(`UPDATE revision SET status = 'REVERTED' WHERE id = $1`, [revision.id]);
  const [{ n } = { n: 0 }] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM revert_pairs');
  return n + entities + boards;
}

let columnsOfResult: string[] | undefined;

/** The columns of `result` but its id (read once: migrations only add columns at start-up). */
async function resultColumns(sql: SqlRows): Promise<string[]> {
  columnsOfResult ??= (
    await sql.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'result' AND column_name <> 'id'
       ORDER BY ordinal_position`,
    )
  ).map((row) => row.name);
  return columnsOfResult;
}

/**
 * Boards and metrics the revision added are removed again, unless something was added to them
 * since (rows on the board, values in the metric) or a later revision changed them.
 */
async function removeAddedEntities(sql: SqlRows, revision: RevisionToRevert): Promise<number> {
  const added = await sql.query<{
    type: 'BENCHMARK' | 'METRIC';
    id: number;
    label: string;
    used: boolean;
    later: string[];
  }>(
    `SELECT c.entity_type AS type, c.entity_id AS id, c.label,
            CASE c.entity_type
              WHEN 'BENCHMARK' THEN EXISTS (SELECT 1 FROM result r WHERE r.benchmark_id = c.entity_id)
              ELSE EXISTS (SELECT 1 FROM result_value v WHERE v.metric_id = c.entity_id) END AS used,
            ARRAY(SELECT DISTINCT l.revision_id::text FROM revision_change l
                  WHERE l.entity_type = c.entity_type AND l.entity_id = c.entity_id AND l.revision_id > c.revision_id
                  ORDER BY 1) AS later
     FROM revision_change c
     WHERE c.revision_id = $1 AND c.entity_type IN ('BENCHMARK', 'METRIC') AND c.action = 'ADDED'`,
    [revision.id],
  );
  const blocked = added.filter((entity) => entity.used || entity.later.length > 0);
  if (blocked.length > 0) {
    const later = [...new Set(blocked.flatMap((entity) => entity.later))];
    throw new GraphQLError(
      `Revision ${revision.id} cannot be reverted: ${blocked.map((e) => `${e.type.toLowerCase()} "${e.label}"`).join(', ')} ` +
        `${later.length ? `changed by later revisions (${later.join(', ')})` : 'has rows or values added since'}; revert those first`,
      { extensions: { code: 'CONFLICT', revision: revision.id, laterRevisions: later } },
    );
  }
  const ids = (type: string) => added.filter((entity) => entity.type === type).map((entity) => entity.id);
  await sql.query('DELETE FROM metric WHERE id = ANY($1::int[])', [ids('METRIC')]);
  await sql.query('DELETE FROM benchmark WHERE id = ANY($1::int[])', [ids('BENCHMARK')]);
  return added.length;
}
