import type { SqlRunner } from '../../../db/prepared-statements';
import { badInput } from '../../../graphql/errors';
import { boardMetricsJson } from '../benchmark.sql';
import { loadPages, type LeaderboardFilters } from '../leaderboard/leaderboard.loaders';
import { chooseRankingMetric } from '../leaderboard.service';
import type { Metric } from '../metric.entity';
import { metricsAsOf } from '../metrics-as-of';

/** The most rows one export holds: the largest real boards have about 2,000. */
export const MAX_EXPORT_ROWS = 20_000;

export interface ExportRequest {
  slug: string;
  /** The metric to rank by; the board's default ranking metric when absent. */
  metric?: string | null;
  filters: LeaderboardFilters;
}

/** One row of a board as exports write it. */
export interface ExportRow {
  rank: number | null;
  model: string;
  paper: { slug: string; title: string } | null;
  paperTitle: string | null;
  paperUrl: string | null;
  date: string | null;
  usesAdditionalData: boolean;
  code: string[];
  /** Metric name → the value as published. */
  values: Record<string, string | null>;
}

/** A board with every row (after the filters), ranked as the leaderboard ranks them. */
export interface ExportedBoard {
  slug: string;
  task: string;
  dataset: string;
  metrics: Pick<Metric, 'name' | 'direction' | 'directionSource' | 'isNumeric'>[];
  rankedBy: Metric | null;
  filters: LeaderboardFilters;
  rows: ExportRow[];
}

interface BoardRecord {
  id: number;
  slug: string;
  task: string;
  dataset: string;
  metrics: Metric[];
}

/** The row as exports need it, from `result r` (see leaderboard-sql.ts). */
const EXPORT_ROW_JSON = () => `json_build_object(
  'model', r.model_name, 'paperTitle', r.paper_title, 'paperUrl', r.paper_url,
  'date', r.evaluated_on, 'usesAdditionalData', r.uses_additional_data,
  'paper', (SELECT json_build_object('slug', p.slug, 'title', p.title) FROM paper p WHERE p.id = r.paper_id),
  'code', (SELECT coalesce(json_agg(l.item ->> 'url' ORDER BY l.n), '[]'::json)
           FROM jsonb_array_elements(r.code_links) WITH ORDINALITY AS l(item, n)),
  'values', (SELECT coalesce(json_object_agg(m.name, v.raw ORDER BY m.position), '{}'::json)
             FROM result_value v JOIN metric m ON m.id = v.metric_id WHERE v.result_id = r.id))`;

/** A board found by slug, with the metric a request ranks it by. */
export type FoundBoard = BoardRecord & { rankedBy: Metric | null };

/**
 * The board of `request.slug` (null when there is none) and the metric the request ranks it by;
 * a metric the board cannot rank by is the client's error (BAD_USER_INPUT, as on the API).
 */
export async function findBoard(db: SqlRunner, request: ExportRequest): Promise<FoundBoard | null> {
  const [board] = await db.query<BoardRecord[]>(
    `SELECT b.id, b.slug, t.name AS task, d.name AS dataset, ${boardMetricsJson('b')} AS metrics
     FROM benchmark b JOIN task t ON t.id = b.task_id JOIN dataset d ON d.id = b.dataset_id
     WHERE b.slug = $1`,
    [request.slug],
  );
  if (!board) return null;
  // As of a date, the columns as they stood then (so a removed metric can still rank).
  const { asOf } = request.filters;
  const metrics = asOf ? await metricsAsOf(db, board.id, asOf) : board.metrics;
  return { ...board, metrics, rankedBy: chooseRankingMetric(metrics, request.metric) };
}

/**
 * Every row of a board, ranked by the same statement as its leaderboard (by the chosen metric,
 * after the filters); null when no board has the slug.
 */
export async function exportBoard(db: SqlRunner, request: ExportRequest): Promise<ExportedBoard | null> {
  const board = await findBoard(db, request);
  if (!board) return null;
  const { rankedBy } = board;
  const rows = rankedBy ? await rankedRows(db, board.id, rankedBy, request.filters) : [];
  return {
    slug: board.slug,
    task: board.task,
    dataset: board.dataset,
    metrics: board.metrics.map(({ name, direction, directionSource, isNumeric }) => ({
      name,
      direction,
      directionSource,
      isNumeric,
    })),
    rankedBy,
    filters: request.filters,
    rows,
  };
}

/**
 * A paper's best-ranked row on the board (its rank, and its value of the ranking metric as
 * published), or null. Ranked by the leaderboard's statement, each row written as its paper's
 * slug only: a badge needs no more of the board.
 */
export async function paperBestRow(db: SqlRunner, board: FoundBoard, paperSlug: string, filters: LeaderboardFilters) {
  if (!board.rankedBy) return null;
  const key = { benchmarkId: board.id, metric: board.rankedBy, filters, first: MAX_EXPORT_ROWS, after: null };
  const [page] = await loadPages(db, [key], () => '(SELECT p.slug FROM paper p WHERE p.id = r.paper_id)');
  const row = page!.rows.find(({ result, rank }) => (result as unknown) === paperSlug && rank !== null);
  return row ? { rank: row.rank!, raw: row.value?.raw ?? null } : null;
}

async function rankedRows(db: SqlRunner, benchmarkId: number, metric: Metric, filters: LeaderboardFilters) {
  const key = { benchmarkId, metric, filters, first: MAX_EXPORT_ROWS, after: null };
  const [page] = await loadPages(db, [key], EXPORT_ROW_JSON);
  if (page!.hasNextPage) throw badInput('benchmark', `the board has more than ${MAX_EXPORT_ROWS} rows to export`);
  return page!.rows.map(({ rank, result }) => ({ rank, ...(result as unknown as Omit<ExportRow, 'rank'>) }));
}
