import type { MetricDirection } from '../metrics/metric-direction';

/** A leaderboard row: one published result with its values keyed by metric name. */
export interface RankableRow {
  id: string | number;
  date: string | null;
  values: Readonly<Record<string, number | null | undefined>>;
}

export interface RankedRow<T extends RankableRow> {
  row: T;
  /** Standard competition rank (1, 2, 2, 4); null when the row has no value for the metric. */
  rank: number | null;
}

/** The row's finite value for the metric, or null. */
export function metricValueOf(row: RankableRow, metric: string): number | null {
  // hasOwn guards against names such as "constructor" reaching the prototype.
  if (!Object.hasOwn(row.values, metric)) return null;
  const value = row.values[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Negative when `a` is the better value, positive when `b` is, 0 when equal. */
export function compareMetricValues(a: number, b: number, direction: MetricDirection): number {
  if (a === b) return 0;
  const aIsLarger = a > b;
  return aIsLarger === (direction === 'HIGHER_IS_BETTER') ? -1 : 1;
}

/** Earlier dates first; rows without a date after all dated rows. */
export function compareRowDates(a: string | null, b: string | null): number {
  const aDate = a === null || a === '' ? null : a;
  const bDate = b === null || b === '' ? null : b;
  if (aDate === bDate) return 0;
  if (aDate === null) return 1;
  if (bDate === null) return -1;
  return aDate < bDate ? -1 : 1;
}

/**
 * Rows best first for the metric. Equal values share a rank; ties are listed earlier date first,
 * then undated, then in input order. Rows without a value come last with a null rank.
 */
export function rankRows<T extends RankableRow>(
  rows: readonly T[],
  metric: string,
  direction: MetricDirection,
): RankedRow<T>[] {
  const entries = rows.map((row, index) => ({ row, index, value: metricValueOf(row, metric) }));
  entries.sort((a, b) => {
    if (a.value !== null && b.value !== null) {
      const byValue = compareMetricValues(a.value, b.value, direction);
      if (byValue !== 0) return byValue;
    } else if (a.value !== b.value) {
      return a.value === null ? 1 : -1;
    }
    return compareRowDates(a.row.date, b.row.date) || a.index - b.index;
  });

  const ranked: RankedRow<T>[] = [];
  let previousValue: number | null = null;
  let previousRank = 0;
  entries.forEach((entry, position) => {
    if (entry.value === null) {
      ranked.push({ row: entry.row, rank: null });
      return;
    }
    const rank = entry.value === previousValue ? previousRank : position + 1;
    previousValue = entry.value;
    previousRank = rank;
    ranked.push({ row: entry.row, rank });
  });
  return ranked;
}
