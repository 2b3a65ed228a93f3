import type { MetricDirection } from '../metrics/metric-direction';
import { compareByTerms, compareMetricValues, metricValueOf, type RankableRow } from './ranking';
import { sotaOrder } from './ranking-rule';

/** A result that set a new state of the art when it was published. */
export interface SotaPoint<T extends RankableRow> {
  row: T;
  value: number;
  date: string;
}

/**
 * The results that strictly improved the best value so far, in date order; the first dated
 * result always counts. Rows without a date or a value are left out. On a shared date the better
 * value is considered first, so a weaker same-day result never appears as a step.
 */
export function sotaHistory<T extends RankableRow>(
  rows: readonly T[],
  metric: string,
  direction: MetricDirection,
): SotaPoint<T>[] {
  const terms = sotaOrder(direction);
  const candidates = rows
    .map((row, index) => ({ row, index, value: metricValueOf(row, metric) }))
    .filter((entry) => entry.row.date !== null && entry.row.date !== '' && entry.value !== null)
    .sort((a, b) => compareByTerms(a, b, terms));

  const history: SotaPoint<T>[] = [];
  for (const { row, value } of candidates) {
    const best = history[history.length - 1];
    if (best === undefined || compareMetricValues(value!, best.value, direction) < 0) {
      history.push({ row, value: value!, date: row.date! });
    }
  }
  return history;
}
