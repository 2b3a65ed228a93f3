import { inferMetricDirection, isLabelColumnName, type DirectionSource, type MetricDirection } from '@pwc/shared';
import { chunks, type Sql } from '../write/sql';

export interface RefreshedColumns {
  /** Columns whose direction changed, by the source of the new direction. */
  directions: Partial<Record<DirectionSource, number>>;
  /** Columns that became numeric or stopped being numeric. */
  numeric: number;
}

interface StoredColumn {
  id: number;
  name: string;
  direction: MetricDirection;
  direction_source: DirectionSource;
  is_numeric: boolean;
  /** [date, value] of every stored value that parsed; the date is the row's, else its paper's. */
  points: [string | null, number][];
}

// Directions that words gave (the metric's name, the board's text) or an editor set stay as they are.
const REVISABLE: readonly DirectionSource[] = ['DEFAULT', 'VALUE_TREND'];

/**
 * Judges the columns of leaderboards again from what is stored, every source's rows together:
 * a column is numeric when any stored value of it parsed (so the first column with numbers is the
 * board's default ranking metric), and a direction that only a default or a trend gave follows
 * the trend of the board's own dated values (the row's date, else its linked paper's).
 */
export async function refreshMetricColumns(sql: Sql, benchmarkIds: Iterable<number>): Promise<RefreshedColumns> {
  const out: RefreshedColumns = { directions: {}, numeric: 0 };
  for (const ids of chunks([...new Set(benchmarkIds)], 2000)) {
    const columns = await sql.query<StoredColumn>(
      `SELECT m.id, m.name, m.direction, m.direction_source, m.is_numeric,
         coalesce(jsonb_agg(jsonb_build_array(to_char(coalesce(r.evaluated_on, p.published), 'YYYY-MM-DD'), v.value))
           FILTER (WHERE v.value IS NOT NULL), '[]') AS points
       FROM metric m
       LEFT JOIN result_value v ON v.metric_id = m.id
       LEFT JOIN result r ON r.id = v.result_id
       LEFT JOIN paper p ON p.id = r.paper_id
       WHERE m.benchmark_id = ANY($1::int[])
       GROUP BY m.id`,
      [ids],
    );
    const changed: { id: number; direction: MetricDirection; source: DirectionSource; isNumeric: boolean }[] = [];
    for (const column of columns) {
      const isNumeric = !isLabelColumnName(column.name) && column.points.length > 0;
      let direction = column.direction;
      let source = column.direction_source;
      if (REVISABLE.includes(source)) {
        const inference = inferMetricDirection(
          column.name,
          column.points.map(([date, value]) => ({ date, value })),
        );
        direction = inference.direction;
        source = inference.source;
      }
      if (isNumeric !== column.is_numeric) out.numeric++;
      if (direction !== column.direction || source !== column.direction_source)
        out.directions[source] = (out.directions[source] ?? 0) + 1;
      if (isNumeric !== column.is_numeric || direction !== column.direction || source !== column.direction_source)
        changed.push({ id: column.id, direction, source, isNumeric });
    }
    if (changed.length > 0)
      await sql.query(
        `UPDATE metric AS m SET direction = t.direction, direction_source = t.source, is_numeric = t.is_numeric
         FROM unnest($1::int[], $2::text[], $3::text[], $4::bool[]) AS t(id, direction, source, is_numeric)
         WHERE m.id = t.id`,
        [
          changed.map((c) => c.id),
          changed.map((c) => c.direction),
          changed.map((c) => c.source),
          changed.map((c) => c.isNumeric),
        ],
      );
  }
  return out;
}
