import type { MetricDirection } from '../metrics/metric-direction';
import { RANK_TIE_KEYS, rankingOrder, type RankingTerm } from './ranking-rule';

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

/** A row prepared for ordering: its value of the metric and its place in the input. */
export interface OrderableEntry<T extends RankableRow> {
  row: T;
  value: number | null;
  index: number;
}

/** Compares two entries by the terms of a ranking rule (see ranking-rule.ts). */
export function compareByTerms<T extends RankableRow>(
  a: OrderableEntry<T>,
  b: OrderableEntry<T>,
  terms: readonly RankingTerm[],
): number {
  for (const term of terms) {
    const order = compareKey(a, b, term);
    if (order !== 0) return order;
  }
  return 0;
}

function compareKey<T extends RankableRow>(a: OrderableEntry<T>, b: OrderableEntry<T>, term: RankingTerm): number {
  const sign = term.order === 'ASC' ? 1 : -1;
  switch (term.key) {
    case 'missing':
      return sign * (Number(a.value === null) - Number(b.value === null));
    case 'value':
      return a.value === null || b.value === null || a.value === b.value ? 0 : sign * (a.value < b.value ? -1 : 1);
    case 'date':
      // Nulls last whatever the order, as the rule says.
      return compareRowDates(a.row.date, b.row.date) * (a.row.date && b.row.date ? sign : 1);
    case 'id':
      return sign * (a.index - b.index);
  }
}

/**
 * Rows in leaderboard order for the metric, with their ranks, by the ranking rule of
 * ranking-rule.ts (the server runs the same rule in SQL; this is its reference implementation).
 * The input order stands for the row ids: pass rows in the order they came from the archive.
 */
export function rankRows<T extends RankableRow>(
  rows: readonly T[],
  metric: string,
  direction: MetricDirection,
): RankedRow<T>[] {
  const terms = rankingOrder(direction);
  const tieTerms = terms.filter((term) => RANK_TIE_KEYS.includes(term.key));
  const entries = rows.map((row, index) => ({ row, index, value: metricValueOf(row, metric) }));
  entries.sort((a, b) => compareByTerms(a, b, terms));

  const ranked: RankedRow<T>[] = [];
  entries.forEach((entry, position) => {
    if (entry.value === null) {
      ranked.push({ row: entry.row, rank: null });
      return;
    }
    const previous = entries[position - 1];
    const tied = previous !== undefined && compareByTerms(previous, entry, tieTerms) === 0;
    ranked.push({ row: entry.row, rank: tied ? ranked[position - 1]!.rank : position + 1 });
  });
  return ranked;
}
