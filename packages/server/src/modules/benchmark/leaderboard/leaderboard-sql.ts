import { RANK_TIE_KEYS, rankingOrder, sotaOrder, type RankingKey, type RankingTerm } from '@pwc/shared';

/**
 * SQL for leaderboards, built from the ranking rule of @pwc/shared. One statement serves many
 * boards at once (a batch of DataLoader keys): each board comes with the metric it is ranked
 * by. Values are compared as `score`: the value in lower-is-better form (negated when higher
 * is better), so boards of either direction share one ORDER BY.
 *
 * Parameters: $1 benchmark ids, $2 metric ids, $3 lower-is-better flags (arrays of one length;
 * scalars for a single board, see BoardCount), $4 usesAdditionalData filter, $5 hasCode filter
 * (null: no filter). The parameters of the result's json come after those of the statement.
 *
 * Boards as of a date (issue 12) are ranked by these same statements: `asOfTables` puts, in
 * front of them, CTEs named `result` and `result_value` holding the boards' rows and values as
 * they stood then (from `result_state`, see the Revisions migration), and `metric` adding the
 * metrics removed since (as they were when removed) so that their values keep their names. A
 * CTE's name hides the table of that name everywhere in the statement (but in its own
 * definition), the result's json included, so there is one ranking rule whatever the date.
 */

/**
 * How many boards a statement ranks. One board is passed as scalars: Postgres then settles on a
 * generic plan after a few executions of the prepared statement, while the array form (whose
 * length only a custom plan knows) is planned again on every execution, about a third of a
 * 100-row page's time in Postgres.
 */
export type BoardCount = 'one' | 'many';

const BOARDS: Record<BoardCount, string> = {
  one: 'SELECT $1::int AS benchmark_id, $2::int AS metric_id, $3::boolean AS lower_is_better',
  many: 'SELECT * FROM unnest($1::int[], $2::int[], $3::boolean[]) AS b(benchmark_id, metric_id, lower_is_better)',
};

/**
 * The CTEs (to follow a WITH) that stand for `result` and `result_value` as they were at the
 * time parameter `at`, for the statement's boards ($1: one id, or an array of ids).
 */
export function asOfTables(boards: BoardCount, at: string): string {
  const state = `s.benchmark_id ${boards === 'one' ? '= $1::int' : '= ANY($1::int[])'}
      AND s.valid_from <= ${at}::timestamptz AND (s.valid_to IS NULL OR s.valid_to > ${at}::timestamptz)`;
  return `
  result AS (
    SELECT r.* FROM result_state s, LATERAL jsonb_populate_record(NULL::result, s.data) r WHERE ${state}
  ),
  result_value AS (
    SELECT v.* FROM result_state s, LATERAL jsonb_populate_recordset(NULL::result_value, s."values") v WHERE ${state}
  ),
  metric AS (
    SELECT * FROM metric
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON (c.entity_id) m.*
      FROM revision_change c JOIN revision rv ON rv.id = c.revision_id,
           LATERAL jsonb_populate_record(NULL::metric, jsonb_build_object('id', c.entity_id) || (
             SELECT jsonb_object_agg(f ->> 'field', f -> 'before') FROM jsonb_array_elements(c.fields) f)) m
      WHERE c.entity_type = 'METRIC' AND c.action = 'REMOVED' AND rv.created_at > ${at}::timestamptz
        AND rv.status IN ('PUBLISHED', 'REVERTED')
        AND c.benchmark_id ${boards === 'one' ? '= $1::int' : '= ANY($1::int[])'}
        AND NOT EXISTS (SELECT 1 FROM metric live WHERE live.id = c.entity_id)
      ORDER BY c.entity_id, rv.created_at, rv.id
    ) removed
  ),`;
}

const KEY_SQL: Record<RankingKey, string> = {
  missing: '(score IS NULL)',
  value: 'score',
  date: 'evaluated_on',
  id: 'id',
};

function orderBy(terms: readonly RankingTerm[]): string {
  return terms.map((t) => `${KEY_SQL[t.key]} ${t.order}${t.nulls ? ` NULLS ${t.nulls}` : ''}`).join(', ');
}

const LISTING = rankingOrder('LOWER_IS_BETTER');
if (LISTING.some((term) => term.order !== 'ASC')) {
  // The page cursor below is a row comparison, which needs every term in one direction.
  throw new Error('leaderboard-sql: the ranking rule changed; update the keyset cursor');
}
const LISTING_ORDER = orderBy(LISTING);
const RANK_ORDER = orderBy(LISTING.filter((term) => RANK_TIE_KEYS.includes(term.key)));
const SOTA_ORDER = orderBy(sotaOrder('LOWER_IS_BETTER'));

/** The listing keys of a row, in the order of a row comparison; nulls replaced to compare. */
export const CURSOR_KEYS_SQL = "(score IS NULL), coalesce(score, 0), coalesce(evaluated_on, 'infinity'::date), id";

/** The row filters on `result r`, given the SQL of the two (nullable boolean) parameters. */
export function resultFilterSql(usesAdditionalData: string, hasCode: string): string {
  return `(${usesAdditionalData}::boolean IS NULL OR r.uses_additional_data = ${usesAdditionalData})
      AND (${hasCode}::boolean IS NULL OR ${hasCode} = (jsonb_array_length(r.code_links) > 0
           OR EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = r.paper_id)))`;
}

/** Every row of the boards, filtered, with its value and score for the board's ranking metric. */
const entries = (boards: BoardCount) => `
  board AS (${BOARDS[boards]}),
  entry AS (
    SELECT r.id, r.benchmark_id, b.metric_id, r.evaluated_on, v.raw AS value_raw, v.value AS value_number,
           CASE WHEN v.value IS NULL OR v.value IN ('NaN', 'Infinity', '-Infinity') THEN NULL
                WHEN b.lower_is_better THEN v.value ELSE -v.value END AS score
    FROM board b
    JOIN result r ON r.benchmark_id = b.benchmark_id
    LEFT JOIN result_value v ON v.result_id = r.id AND v.metric_id = b.metric_id
    WHERE ${resultFilterSql('$4', '$5')}
  )`;

/**
 * The row's keys, its value of the ranking metric, and the result as the json the client's
 * selection asks for (`result`: see sql-projection.ts), on `entry e` joined to `result r`.
 */
function rowColumns(resultJson: string): string {
  return `e.id, e.benchmark_id AS "benchmarkId", e.evaluated_on AS "evaluatedOn", ${resultJson} AS "result",
  e.value_raw AS "valueRaw", e.value_number AS "valueNumber"`;
}

/**
 * One page of each board: rows after the cursor ($6: null, or the cursor's four keys as
 * $6..$9), at most $10 of them (the page size plus one, to tell whether more follow), with
 * their rank and the board's filtered row count.
 */
export const PAGE_PARAMETER_COUNT = 10;
export const leaderboardPageSql = (resultJson: string, boards: BoardCount, asOf = false) => `
  WITH ${asOf ? asOfTables(boards, `$${PAGE_PARAMETER_COUNT + 1}`) : ''} ${entries(boards)},
  ranked AS (
    SELECT entry.*,
           CASE WHEN score IS NULL THEN NULL ELSE rank() OVER (PARTITION BY benchmark_id ORDER BY ${RANK_ORDER}) END AS rank,
           count(*) OVER (PARTITION BY benchmark_id) AS total
    FROM entry
  ),
  page AS (
    SELECT ranked.*, row_number() OVER (PARTITION BY benchmark_id ORDER BY ${LISTING_ORDER}) AS n
    FROM ranked
    WHERE $6::boolean IS NULL OR (${CURSOR_KEYS_SQL}) > ($6::boolean, $7::float8, $8::date, $9::int)
  )
  SELECT ${rowColumns(resultJson)}, e.rank::int AS rank, e.total::int AS total, e.score AS "keyScore"
  FROM page e
  JOIN result r ON r.id = e.id
  WHERE e.n <= $10
  ORDER BY e.benchmark_id, e.n`;

/** The rows that set a new best value, per board, in date order (see sotaOrder). */
export const SOTA_PARAMETER_COUNT = 5;
export const sotaHistorySql = (resultJson: string, boards: BoardCount, asOf = false) => `
  WITH ${asOf ? asOfTables(boards, `$${SOTA_PARAMETER_COUNT + 1}`) : ''} ${entries(boards)},
  dated AS (
    SELECT entry.*,
           min(score) OVER (PARTITION BY benchmark_id ORDER BY ${SOTA_ORDER}
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS best_before
    FROM entry
    WHERE score IS NOT NULL AND evaluated_on IS NOT NULL
  )
  SELECT ${rowColumns(resultJson)}
  FROM dated e
  JOIN result r ON r.id = e.id
  WHERE e.best_before IS NULL OR e.score < e.best_before
  ORDER BY e.benchmark_id, ${SOTA_ORDER.replace(/\b(score|evaluated_on|id)\b/g, 'e.$1')}`;
