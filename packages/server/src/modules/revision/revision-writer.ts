import type { SqlRows } from '../../cache/data-version';

/**
 * How every writer records its change as a revision (issue 12). In the writer's transaction:
 *
 *   await openRevision(sql);                // before the first write
 *   …write benchmarks, metrics, results, tasks, datasets, methods with plain SQL…
 *   const revision = await closeRevision(sql, { author: { label: 'archive import' }, reason, source });
 *   …COMMIT
 *
 * The database does the recording (see the Revisions migration): triggers keep every state of
 * each result row in `result_state` and, while a revision is open, the before/after images of
 * the other tracked tables in `revision_pending`. closeRevision folds what the transaction did
 * into one `revision` and its `revision_change` rows (one per entity: ADDED, CHANGED or REMOVED,
 * with the fields that differ, before → after), set-based in one statement. A transaction that
 * changed nothing records no revision (null). Rolling back drops the revision with the changes.
 * One revision per transaction: result changes are found by the transaction's time.
 */

export type RevisionStatus = 'PUBLISHED' | 'PENDING' | 'REJECTED' | 'REVERTED';

/** Who made a change: a user (once accounts exist) and the label shown for it. */
export interface RevisionAuthor {
  id?: number | null;
  /** e.g. "archive import", or the user's display name. */
  label: string;
}

/** Where a change came from, e.g. `{ kind: 'evaluation-tables', file: 'squad.json', bytes: 1234 }`. */
export type RevisionSource = Record<string, string | number | null>;

export interface RevisionInput {
  author: RevisionAuthor;
  reason?: string | null;
  source?: RevisionSource | null;
  /** PUBLISHED unless the writer's changes await review (moderation, next). */
  status?: RevisionStatus;
}

export interface RecordedRevision {
  id: string;
  createdAt: Date;
  added: number;
  changed: number;
  removed: number;
}

export interface OpenRevisionOptions {
  /**
   * Until closeRevision, the result-state triggers only note the result rows this transaction
   * writes, and closeRevision writes each row's state once (see the DeferredResultStates
   * migration): for writers of many rows in batches, rows first and values next (an import).
   */
  deferResultStates?: boolean;
}

/** Opens a revision in the current transaction (transaction-local settings). */
export async function openRevision(sql: SqlRows, options: OpenRevisionOptions = {}): Promise<void> {
  await sql.query(`SELECT set_config('pwc.revision', 'open', true), set_config('pwc.result_state', $1, true)`, [
    options.deferResultStates ? 'deferred' : '',
  ]);
}

/** Result columns that are bookkeeping (issue 9's linking and provenance), not content. */
const RESULT_BOOKKEEPING = [
  'id',
  'benchmark_id',
  'content_key',
  'paper_ref_slug',
  'paper_ref_arxiv_id',
  'paper_ref_title',
  'date_source',
  'paper_link',
  'source',
];

/**
 * A result state's fields as a revision shows them: its columns (without bookkeeping) and each
 * value as `values.<metric name>` (the metric's name now, or as it was when removed with this
 * transaction's changes).
 */
const resultFields = (state: string) => `(
  (${state}.data - '{${RESULT_BOOKKEEPING.join(',')}}'::text[]) || coalesce((
    SELECT jsonb_object_agg('values.' || coalesce(
             (SELECT m.name FROM metric m WHERE m.id = (v ->> 'metric_id')::int),
             -- Only for a metric removed in this transaction (COALESCE stops at the first value).
             (SELECT p.before ->> 'name' FROM revision_pending p
              WHERE p.tx = pg_current_xact_id_if_assigned() AND p.entity_type = 'METRIC'
                AND p.entity_id = (v ->> 'metric_id')::int AND p.before IS NOT NULL LIMIT 1),
             '#' || (v ->> 'metric_id')),
           coalesce(v -> 'raw', v -> 'value'))
    FROM jsonb_array_elements(${state}."values") v), '{}'))`;

/** The fields that differ between two images (null: none), as [{ field, before, after }] by name. */
const fieldDiff = (before: string, after: string) => `CASE
  WHEN ${before} IS NULL THEN ${everyField('after', after)}
  WHEN ${after} IS NULL THEN ${everyField('before', before)}
  ELSE (
    SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('field', k, 'before', b.img -> k, 'after', a.img -> k))
                              ORDER BY k) FILTER (WHERE (b.img -> k) IS DISTINCT FROM (a.img -> k)), '[]')
    FROM (SELECT jsonb_strip_nulls(${before}) AS img) b,
         (SELECT jsonb_strip_nulls(${after}) AS img) a,
         LATERAL (SELECT DISTINCT jsonb_object_keys(b.img || a.img) AS k ORDER BY 1) keys)
  END`;

/**
 * The diff of an entity added (or removed): every field of its one image, as fieldDiff would
 * write it, without merging and sorting the keys of two images (576k added papers: 7.3 → 4.1 s).
 */
const everyField = (side: 'before' | 'after', image: string) => `(
  SELECT coalesce(jsonb_agg(jsonb_build_object('field', e.key, '${side}', e.value) ORDER BY e.key), '[]')
  FROM jsonb_each(jsonb_strip_nulls(${image})) e)`;

const actionOf = (before: string, after: string) =>
  `CASE WHEN ${before} IS NULL THEN 'ADDED' WHEN ${after} IS NULL THEN 'REMOVED' ELSE 'CHANGED' END`;

const CLOSE_REVISION_SQL = `
  WITH pending AS (
    SELECT * FROM revision_pending WHERE tx = pg_current_xact_id_if_assigned()
  ),
  before_state AS (SELECT * FROM result_state WHERE valid_to = now() AND valid_from < now()),
  after_state AS (SELECT * FROM result_state WHERE valid_from = now() AND valid_to IS NULL),
  -- Materialized: each row's fields are built once, then compared.
  result_pairs AS MATERIALIZED (
    SELECT coalesce(a.result_id, b.result_id) AS entity_id,
           coalesce(a.benchmark_id, b.benchmark_id) AS benchmark_id,
           coalesce(a.data, b.data) ->> 'model_name' AS label,
           CASE WHEN b.result_id IS NULL THEN NULL ELSE ${resultFields('b')} END AS before,
           CASE WHEN a.result_id IS NULL THEN NULL ELSE ${resultFields('a')} END AS after
    FROM after_state a FULL JOIN before_state b ON b.result_id = a.result_id
  ),
  -- Each entity's first image before and last image after, in one pass. (Not a join of a "firsts"
  -- and a "lasts" set: planned with revision_pending's statistics from before a big import, that
  -- join became a nested loop over every pair, hours for the 576k papers a first import adds.)
  entity_pairs AS MATERIALIZED (
    SELECT entity_type, entity_id,
           CASE entity_type WHEN 'BENCHMARK' THEN entity_id
                WHEN 'METRIC' THEN (coalesce(after, before) ->> 'benchmark_id')::int END AS benchmark_id,
           coalesce(after ->> 'name', before ->> 'name', after ->> 'slug', before ->> 'slug') AS label,
           before - 'id' AS before, after - 'id' AS after
    FROM (
      SELECT entity_type, entity_id,
             (array_agg(before ORDER BY seq))[1] AS before,
             (array_agg(after ORDER BY seq DESC))[1] AS after
      FROM pending GROUP BY entity_type, entity_id
    ) images
    WHERE before IS NOT NULL OR after IS NOT NULL
  ),
  changes AS (
    SELECT * FROM (
      SELECT 'RESULT' AS entity_type, entity_id, benchmark_id, label, ${actionOf('before', 'after')} AS action,
             ${fieldDiff('before', 'after')} AS fields
      FROM result_pairs
      UNION ALL
      SELECT entity_type, entity_id, benchmark_id, label, ${actionOf('before', 'after')},
             ${fieldDiff('before', 'after')}
      FROM entity_pairs
      -- Not pushed down: the filter below would compute each diff a second time (576k papers: 4 s).
      OFFSET 0
    ) c
    WHERE jsonb_array_length(fields) > 0
  ),
  revision AS (
    INSERT INTO revision (author_id, author_label, reason, source, status, change_count)
    SELECT $1::int, $2::text, $3::text, $4::jsonb, $5::text, count(*) FROM changes HAVING count(*) > 0
    RETURNING id, created_at
  ),
  recorded AS (
    INSERT INTO revision_change (revision_id, entity_type, entity_id, benchmark_id, action, label, fields)
    SELECT revision.id, c.entity_type, c.entity_id, c.benchmark_id, c.action, c.label, c.fields
    FROM changes c, revision
    ORDER BY c.benchmark_id NULLS FIRST, c.entity_type, c.entity_id
  ),
  cleared AS (DELETE FROM revision_pending WHERE tx = pg_current_xact_id_if_assigned())
  SELECT revision.id::text AS id, revision.created_at AS "createdAt",
         (SELECT count(*) FILTER (WHERE action = 'ADDED') FROM changes)::int AS added,
         (SELECT count(*) FILTER (WHERE action = 'CHANGED') FROM changes)::int AS changed,
         (SELECT count(*) FILTER (WHERE action = 'REMOVED') FROM changes)::int AS removed
  FROM revision`;

/**
 * Records what the current transaction changed since openRevision as one revision and closes
 * it; null when nothing changed (no revision is written).
 */
export async function closeRevision(sql: SqlRows, input: RevisionInput): Promise<RecordedRevision | null> {
  // The states of the result rows a deferring transaction noted, written before the fold reads them.
  await sql.query('SELECT pwc_flush_result_state()');
  const [recorded] = await sql.query<RecordedRevision>(CLOSE_REVISION_SQL, [
    input.author.id ?? null,
    input.author.label,
    input.reason ?? null,
    input.source ? JSON.stringify(input.source) : null,
    input.status ?? 'PUBLISHED',
  ]);
  await sql.query(`SELECT set_config('pwc.revision', '', true), set_config('pwc.result_state', '', true)`);
  return recorded ?? null;
}
