import { GraphQLError } from 'graphql';
import type { SqlRows } from '../../cache/data-version';
import { badInput } from '../../graphql/errors';
import type { ResultColumns, ResultProposal } from './result-proposal';

/**
 * Applies a checked proposal to the public tables, in the caller's transaction (inside
 * openRevision/closeRevision). Edits and removals lock the row and are refused with CONFLICT
 * when it changed since the version they were based on.
 */

/**
 * A row's version: when its current state began (microseconds since 1970, as text). Every write
 * to the row or its values opens a new state (result_state, kept by triggers), so it changes
 * with every published change and with nothing else.
 */
export const versionOf = (resultId: string) => `(
  SELECT (extract(epoch FROM s.valid_from) * 1000000)::bigint::text FROM result_state s
  WHERE s.result_id = ${resultId} AND s.valid_to IS NULL)`;

export interface CurrentRow {
  id: number;
  benchmarkId: number;
  benchmarkSlug: string;
  modelName: string;
  paperTitle: string | null;
  paperUrl: string | null;
  evaluatedOn: string | null;
  usesAdditionalData: boolean;
  values: { metric: string; value: string }[];
  version: string;
}

const CURRENT_ROW_SQL = `
  SELECT r.id, r.benchmark_id AS "benchmarkId", b.slug AS "benchmarkSlug", r.model_name AS "modelName",
         r.paper_title AS "paperTitle", r.paper_url AS "paperUrl", to_char(r.evaluated_on, 'YYYY-MM-DD') AS "evaluatedOn",
         r.uses_additional_data AS "usesAdditionalData", ${versionOf('r.id')} AS version,
         coalesce((SELECT json_agg(json_build_object('metric', m.name, 'value', coalesce(v.raw, v.value::text))
                                   ORDER BY m.position)
                   FROM result_value v JOIN metric m ON m.id = v.metric_id WHERE v.result_id = r.id), '[]') AS values
  FROM result r JOIN benchmark b ON b.id = r.benchmark_id
  WHERE r.id = $1`;

/** A row as it stands, with its version; null when there is none. `lock`: FOR UPDATE of the row. */
export async function currentRow(sql: SqlRows, resultId: number, lock = false): Promise<CurrentRow | null> {
  const [row] = await sql.query<CurrentRow>(`${CURRENT_ROW_SQL}${lock ? ' FOR UPDATE OF r' : ''}`, [resultId]);
  return row ?? null;
}

/** The edit is based on an older version of the row: refused, with the row as it is now. */
export function staleEdit(current: CurrentRow, baseVersion: string): GraphQLError {
  return new GraphQLError(
    `The row "${current.modelName}" changed since version ${baseVersion}; it is now version ${current.version}: ` +
      'look at it again and base the edit on that version',
    { extensions: { code: 'CONFLICT', argument: 'baseVersion', current } },
  );
}

/** The row an update or removal is about, locked, at the version it was based on. */
async function rowToEdit(sql: SqlRows, proposal: ResultProposal): Promise<CurrentRow> {
  const current = await currentRow(sql, proposal.resultId!, true);
  if (!current || current.benchmarkId !== proposal.benchmarkId) throw badInput('result', 'no such leaderboard row');
  if (current.version !== proposal.baseVersion) throw staleEdit(current, proposal.baseVersion!);
  return current;
}

const COLUMN_NAMES: (keyof ResultColumns)[] = [
  'model_name',
  'paper_id',
  'paper_link',
  'paper_title',
  'paper_url',
  'evaluated_on',
  'uses_additional_data',
  'code_links',
];

/** Writes the proposal; returns the row's id. */
export async function applyResultProposal(sql: SqlRows, proposal: ResultProposal): Promise<number> {
  if (proposal.resultId === undefined) return insertRow(sql, proposal);
  await rowToEdit(sql, proposal);
  if (proposal.remove) {
    // Values and provenance go with the row (ON DELETE CASCADE); result_state keeps every state.
    await sql.query('DELETE FROM result WHERE id = $1', [proposal.resultId]);
    return proposal.resultId;
  }
  const columns = COLUMN_NAMES.filter((name) => proposal.columns?.[name] !== undefined);
  if (columns.length > 0) {
    const values = columns.map((name) => columnValue(name, proposal.columns![name]));
    if (proposal.columns!.evaluated_on !== undefined) {
      columns.push('date_source' as keyof ResultColumns);
      values.push(proposal.columns!.evaluated_on ? 'ROW' : null);
    }
    await sql.query(`UPDATE result SET ${columns.map((name, i) => `"${name}" = $${i + 2}`).join(', ')} WHERE id = $1`, [
      proposal.resultId,
      ...values,
    ]);
  }
  if (proposal.values) await writeValues(sql, proposal.resultId, proposal, true);
  return proposal.resultId;
}

async function insertRow(sql: SqlRows, proposal: ResultProposal): Promise<number> {
  const c = proposal.columns ?? {};
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO result (benchmark_id, model_name, paper_id, paper_link, paper_title, paper_url, evaluated_on,
                         date_source, uses_additional_data, code_links, model_links, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, '[]'::jsonb, 'contribution')
     RETURNING id`,
    [
      proposal.benchmarkId,
      c.model_name,
      c.paper_id ?? null,
      c.paper_link ?? null,
      c.paper_title ?? null,
      c.paper_url ?? null,
      c.evaluated_on ?? null,
      c.evaluated_on ? 'ROW' : null,
      c.uses_additional_data ?? false,
      JSON.stringify(c.code_links ?? []),
    ],
  );
  await writeValues(sql, row!.id, proposal, false);
  return row!.id;
}

function columnValue(name: keyof ResultColumns, value: unknown): unknown {
  return name === 'code_links' ? JSON.stringify(value) : value;
}

/** The full set of values of the row, set-based (the metrics were checked against the board). */
async function writeValues(sql: SqlRows, resultId: number, proposal: ResultProposal, replace: boolean) {
  const cells = proposal.values ?? [];
  const [{ known } = { known: 0 }] = await sql.query<{ known: number }>(
    'SELECT count(*)::int AS known FROM metric WHERE benchmark_id = $1 AND id = ANY($2::int[])',
    [proposal.benchmarkId, cells.map((cell) => cell.metricId)],
  );
  if (known !== cells.length) throw badInput('values', 'a metric of this change is no longer on the board');
  if (replace) await sql.query('DELETE FROM result_value WHERE result_id = $1', [resultId]);
  await sql.query(
    `INSERT INTO result_value (result_id, metric_id, raw, value)
     SELECT $1, m, r, v FROM unnest($2::int[], $3::text[], $4::float8[]) AS t(m, r, v)`,
    [resultId, cells.map((cell) => cell.metricId), cells.map((cell) => cell.raw), cells.map((cell) => cell.value)],
  );
}
