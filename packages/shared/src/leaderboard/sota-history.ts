import type { MetricDirection } from '../metrics/metric-direction';
import { compareMetricValues, compareRowDates, metricValueOf, type RankableRow } from './ranking';

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
  const candidates: { point: SotaPoint<T>; index: number }[] = [];
  rows.forEach((row, index) => {
    const value = metricValueOf(row, metric);
    if (row.date === null || row.date === '' || value === null) return;
    candidates.push({ point: { row, value, date: row.date }, index });
  });
  candidates.sort(
    (a, b) =>
      compareRowDates(a.point.date, b.point.date) ||
      compareMetricValues(a.point.value, b.point.value, direction) ||
      a.index - b.index,
  );

  const history: SotaPoint<T>[] = [];
  for (const { point } of candidates) {
    const best = history[history.length - 1];
    if (best === undefined || compareMetricValues(point.value, best.value, direction) < 0) {
      history.push(point);
    }
  }
  return history;
}
