import { benchmarkSlug } from '@pwc/shared';
import type { Sql } from '../write/sql';
import type { MetricColumn } from './metric-columns';

export interface BenchmarkKey {
  taskId: number;
  taskSlug: string;
  datasetId: number;
  datasetSlug: string;
}

/** Benchmark ids by `${taskId}:${datasetId}`, creating the missing ones (slug `<task>-on-<dataset>`). */
export async function ensureBenchmarks(sql: Sql, keys: readonly BenchmarkKey[]): Promise<Map<string, number>> {
  const unique = [...new Map(keys.map((k) => [`${k.taskId}:${k.datasetId}`, k])).values()];
  const ids = new Map<string, number>();
  const select = async (list: readonly BenchmarkKey[]) => {
    const rows = await sql.query<{ id: number; task_id: number; dataset_id: number }>(
      `SELECT b.id, b.task_id, b.dataset_id FROM benchmark b
       JOIN unnest($1::int[], $2::int[]) AS k(task_id, dataset_id) USING (task_id, dataset_id)`,
      [list.map((k) => k.taskId), list.map((k) => k.datasetId)],
    );
    for (const row of rows) ids.set(`${row.task_id}:${row.dataset_id}`, row.id);
  };
  const insert = async (list: readonly BenchmarkKey[], slugOf: (k: BenchmarkKey) => string) => {
    await sql.query(
      `INSERT INTO benchmark (slug, task_id, dataset_id) SELECT * FROM unnest($1::text[], $2::int[], $3::int[])
       ON CONFLICT DO NOTHING`,
      [list.map(slugOf), list.map((k) => k.taskId), list.map((k) => k.datasetId)],
    );
    await select(list);
  };
  await select(unique);
  await insert(
    unique.filter((k) => !ids.has(`${k.taskId}:${k.datasetId}`)),
    (k) => benchmarkSlug(k.taskSlug, k.datasetSlug),
  );
  // A slug can collide ("a-on-b" + "c" vs "a" + "b-on-c"): those get the dataset id appended.
  const collided = unique.filter((k) => !ids.has(`${k.taskId}:${k.datasetId}`));
  if (collided.length > 0) await insert(collided, (k) => `${benchmarkSlug(k.taskSlug, k.datasetSlug)}-${k.datasetId}`);
  return ids;
}

/** Upserts the columns of benchmarks; never overrides a direction an editor has set. Ids by `${benchmarkId}:${name}`. */
export async function writeMetrics(
  sql: Sql,
  columns: ReadonlyArray<{ benchmarkId: number; column: MetricColumn }>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (columns.length === 0) return ids;
  const rows = await sql.query<{ id: number; benchmark_id: number; name: string }>(
    `INSERT INTO metric (benchmark_id, name, position, direction, direction_source, is_numeric)
     SELECT * FROM unnest($1::int[], $2::text[], $3::smallint[], $4::text[], $5::text[], $6::bool[])
     ON CONFLICT (benchmark_id, name) DO UPDATE SET position = excluded.position, is_numeric = excluded.is_numeric,
       direction = CASE WHEN metric.direction_source = 'EDITOR' THEN metric.direction ELSE excluded.direction END,
       direction_source = CASE WHEN metric.direction_source = 'EDITOR' THEN metric.direction_source ELSE excluded.direction_source END
     RETURNING id, benchmark_id, name`,
    [
      columns.map((c) => c.benchmarkId),
      columns.map((c) => c.column.name),
      columns.map((c) => Math.min(c.column.position, 32767)),
      columns.map((c) => c.column.direction),
      columns.map((c) => c.column.directionSource),
      columns.map((c) => c.column.isNumeric),
    ],
  );
  for (const row of rows) ids.set(`${row.benchmark_id}:${row.name}`, row.id);
  return ids;
}
