import type { SqlRunner } from '../../db/prepared-statements';
import { boardMetricsJson } from './benchmark.sql';
import type { Metric } from './metric.entity';

/** A metric's column in a revision's fields → its property on Metric. */
const PROPERTY_OF_COLUMN: Record<string, keyof Metric> = {
  benchmark_id: 'benchmarkId',
  name: 'name',
  position: 'position',
  direction: 'direction',
  direction_source: 'directionSource',
  is_numeric: 'isNumeric',
};

interface MetricChange {
  entityId: number;
  action: 'ADDED' | 'CHANGED' | 'REMOVED';
  /** Each field that differed: its value before the change (absent when it was null). */
  fields: { field: string; before?: unknown }[];
}

/**
 * A board's metrics as they stood at `asOf` (Query.benchmark(asOf:)), in column order: the
 * metrics now, with every change recorded after that time undone, newest first — an addition
 * taken away, a removal put back as it was, a change's fields set back to their values before
 * it. Changes that were applied count (published revisions, and reverted ones, whose revert is a
 * later revision of its own); proposals still pending or rejected never touched the board.
 */
export async function metricsAsOf(db: SqlRunner, benchmarkId: number, asOf: Date): Promise<Metric[]> {
  const [[board], changes] = await Promise.all([
    db.query<{ metrics: Metric[] }[]>(`SELECT ${boardMetricsJson('b')} AS metrics FROM benchmark b WHERE b.id = $1`, [
      benchmarkId,
    ]),
    db.query<MetricChange[]>(
      `SELECT c.entity_id AS "entityId", c.action, c.fields
       FROM revision_change c JOIN revision r ON r.id = c.revision_id
       WHERE c.entity_type = 'METRIC' AND c.benchmark_id = $1 AND r.created_at > $2
         AND r.status IN ('PUBLISHED', 'REVERTED')
       ORDER BY r.created_at DESC, r.id DESC, c.id DESC`,
      [benchmarkId, asOf],
    ),
  ]);
  const metrics = new Map((board?.metrics ?? []).map((metric) => [metric.id, { ...metric }]));
  for (const change of changes) {
    if (change.action === 'ADDED') {
      metrics.delete(change.entityId);
      continue;
    }
    const metric = metrics.get(change.entityId) ?? ({ id: change.entityId } as Metric);
    for (const { field, before } of change.fields) {
      const property = PROPERTY_OF_COLUMN[field];
      if (property) (metric as unknown as Record<string, unknown>)[property] = before ?? null;
    }
    metrics.set(change.entityId, metric);
  }
  return [...metrics.values()].sort((a, b) => a.position - b.position || a.id - b.id);
}
