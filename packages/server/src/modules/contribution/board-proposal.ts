import type { SqlRows } from '../../cache/data-version';
import { badInput } from '../../graphql/errors';
import { MetricDirection } from '../benchmark/metric-direction.enum';

/**
 * Contributions of boards and columns: a new leaderboard for a task/dataset pair with its
 * metrics, or a new metric on a board. Checked when submitted and again when applied.
 */
export interface NewMetric {
  name: string;
  direction: MetricDirection;
}

export interface BoardProposal {
  taskId: number;
  datasetId: number;
  /** `<task-slug>-on-<dataset-slug>`, as every board's. */
  slug: string;
  metrics: NewMetric[];
}

export interface MetricProposal {
  benchmarkId: number;
  benchmarkSlug: string;
  metric: NewMetric;
}

const METRIC_NAME_MAX = 100;
export const MAX_NEW_METRICS = 10;

export function checkMetric(name: string, direction: MetricDirection, argument: string): NewMetric {
  const text = name.trim();
  if (!text) throw badInput(`${argument}.name`, 'is empty');
  if (text.length > METRIC_NAME_MAX) throw badInput(`${argument}.name`, `is longer than ${METRIC_NAME_MAX} characters`);
  if (!Object.values(MetricDirection).includes(direction))
    throw badInput(`${argument}.direction`, 'is not a direction');
  return { name: text, direction };
}

export async function checkBoard(
  sql: SqlRows,
  task: string,
  dataset: string,
  metrics: { name: string; direction: MetricDirection }[],
): Promise<BoardProposal> {
  const [t] = await sql.query<{ id: number; slug: string }>('SELECT id, slug FROM task WHERE slug = $1', [task.trim()]);
  if (!t) throw badInput('task', 'no task has this slug');
  const [d] = await sql.query<{ id: number; slug: string }>('SELECT id, slug FROM dataset WHERE slug = $1', [
    dataset.trim(),
  ]);
  if (!d) throw badInput('dataset', 'no dataset has this slug');
  const slug = `${t.slug}-on-${d.slug}`;
  const [existing] = await sql.query<{ slug: string }>(
    'SELECT slug FROM benchmark WHERE (task_id = $1 AND dataset_id = $2) OR slug = $3',
    [t.id, d.id, slug],
  );
  if (existing) throw badInput('dataset', `the task already has a leaderboard on this dataset: ${existing.slug}`);
  if (metrics.length === 0) throw badInput('metrics', 'give at least one metric');
  if (metrics.length > MAX_NEW_METRICS) throw badInput('metrics', `at most ${MAX_NEW_METRICS} metrics`);
  const checked = metrics.map((m, i) => checkMetric(m.name, m.direction, `metrics[${i}]`));
  const names = new Set<string>();
  checked.forEach((m, i) => {
    if (names.has(m.name.toLowerCase())) throw badInput(`metrics[${i}].name`, `"${m.name}" is given twice`);
    names.add(m.name.toLowerCase());
  });
  return { taskId: t.id, datasetId: d.id, slug, metrics: checked };
}

export async function checkNewMetric(sql: SqlRows, benchmarkId: number, metric: NewMetric): Promise<void> {
  const [taken] = await sql.query('SELECT 1 FROM metric WHERE benchmark_id = $1 AND lower(name) = lower($2)', [
    benchmarkId,
    metric.name,
  ]);
  if (taken) throw badInput('metric.name', `the board already has a metric "${metric.name}"`);
}

/** Writes the new board and its metrics (first = position 0, the default ranking); returns its id. */
export async function applyBoard(sql: SqlRows, proposal: BoardProposal): Promise<number> {
  // Checked again: a board for the pair may have been made since the proposal.
  const [existing] = await sql.query('SELECT 1 FROM benchmark WHERE (task_id = $1 AND dataset_id = $2) OR slug = $3', [
    proposal.taskId,
    proposal.datasetId,
    proposal.slug,
  ]);
  if (existing) throw badInput('dataset', `the task already has a leaderboard on this dataset: ${proposal.slug}`);
  const [board] = await sql.query<{ id: number }>(
    'INSERT INTO benchmark (slug, task_id, dataset_id) VALUES ($1, $2, $3) RETURNING id',
    [proposal.slug, proposal.taskId, proposal.datasetId],
  );
  await insertMetrics(sql, board!.id, proposal.metrics, 0);
  return board!.id;
}

/** Adds the metric as the board's last column. */
export async function applyMetric(sql: SqlRows, proposal: MetricProposal): Promise<number> {
  await checkNewMetric(sql, proposal.benchmarkId, proposal.metric);
  const [{ next } = { next: 0 }] = await sql.query<{ next: number }>(
    'SELECT coalesce(max(position) + 1, 0)::int AS next FROM metric WHERE benchmark_id = $1',
    [proposal.benchmarkId],
  );
  await insertMetrics(sql, proposal.benchmarkId, [proposal.metric], next);
  return proposal.benchmarkId;
}

async function insertMetrics(sql: SqlRows, benchmarkId: number, metrics: NewMetric[], from: number) {
  await sql.query(
    `INSERT INTO metric (benchmark_id, name, position, direction, direction_source, is_numeric)
     SELECT $1, n, $2 + o - 1, d, 'EDITOR', true FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(n, d, o)`,
    [benchmarkId, from, metrics.map((m) => m.name), metrics.map((m) => m.direction)],
  );
}
