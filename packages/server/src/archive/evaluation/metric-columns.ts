import {
  inferMetricDirection,
  isNumericMetric,
  isUnparsedMetricValue,
  parseMetricValue,
  type DirectionSource,
  type MetricDirection,
} from '@pwc/shared';
import { isoDate, isObject, name, type JsonObject } from '../records/fields';

export interface MetricColumn {
  name: string;
  position: number;
  direction: MetricDirection;
  directionSource: DirectionSource;
  isNumeric: boolean;
  /** The name (or board text) says one direction but the values moved the other way over time. */
  conflictsWithTrend: boolean;
  /** Published values of a numeric column that hold no number: kept raw, never ranked. */
  unparsed: string[];
}

/** The metric values of a row by trimmed column name, JSON null left out. */
export function rowMetrics(row: JsonObject): Map<string, unknown> {
  const metrics = new Map<string, unknown>();
  if (!isObject(row.metrics)) return metrics;
  for (const [key, value] of Object.entries(row.metrics)) {
    const column = name(key);
    if (column !== null && value !== null && value !== undefined) metrics.set(column, value);
  }
  return metrics;
}

/**
 * The columns of a leaderboard: the stated metrics in order (the first numeric one ranks by
 * default), then any other name rows use. Direction from the name, else from the board's text
 * (its description), checked against the trend of values over paper_date; `refreshMetricColumns`
 * later re-judges the columns from every stored row of the board.
 */
export function metricColumns(
  statedMetrics: readonly string[],
  rows: readonly JsonObject[],
  boardText: string | null = null,
): MetricColumn[] {
  const names = [...statedMetrics];
  const valuesByName = new Map<string, { raw: unknown; date: string | null }[]>();
  for (const row of rows) {
    const date = isoDate(row.paper_date);
    for (const [column, raw] of rowMetrics(row)) {
      if (!names.includes(column)) names.push(column);
      let list = valuesByName.get(column);
      if (list === undefined) valuesByName.set(column, (list = []));
      list.push({ raw, date });
    }
  }
  return [...new Set(names)].map((column, position) => {
    const values = valuesByName.get(column) ?? [];
    const inference = inferMetricDirection(
      column,
      values.map((v) => ({ date: v.date, value: parseMetricValue(v.raw) })),
      boardText,
    );
    // A column is numeric when any of its values parses; one with no values yet is not.
    const isNumeric = isNumericMetric(
      values.map((v) => v.raw),
      column,
    );
    return {
      name: column,
      position,
      direction: inference.direction,
      directionSource: inference.source,
      isNumeric,
      conflictsWithTrend: inference.conflictsWithTrend,
      unparsed: isNumeric
        ? values
            .filter((v) => isUnparsedMetricValue(v.raw))
            .map((v) => (typeof v.raw === 'string' ? v.raw : JSON.stringify(v.raw)))
        : [],
    };
  });
}
