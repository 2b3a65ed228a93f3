import type { MetricDirection } from '../metrics/metric-direction';

/**
 * The ranking rule of every leaderboard, as data. The server's SQL and the reference
 * implementation `rankRows` both read it, so the rule has one owner.
 *
 * Rows are listed by these terms in turn:
 * 1. rows with a (finite) value of the ranking metric before rows without one;
 * 2. the better value first, in the metric's direction;
 * 3. the earlier evaluation date first, undated rows after dated ones;
 * 4. the row that came first in the archive (lowest row id; `rankRows` takes its input order).
 *
 * Ranks: equal values share the rank of the first of them and the next value skips ahead
 * (standard competition ranking: 1, 2, 2, 4). Rows without a value are unranked (null).
 */
export type RankingKey = 'missing' | 'value' | 'date' | 'id';

export interface RankingTerm {
  key: RankingKey;
  order: 'ASC' | 'DESC';
  /** Where rows without this key go (only dates can be missing within rows that rank). */
  nulls?: 'LAST';
}

export function rankingOrder(direction: MetricDirection): RankingTerm[] {
  return [
    { key: 'missing', order: 'ASC' },
    { key: 'value', order: direction === 'HIGHER_IS_BETTER' ? 'DESC' : 'ASC' },
    { key: 'date', order: 'ASC', nulls: 'LAST' },
    { key: 'id', order: 'ASC' },
  ];
}

/** Rows equal in these keys share a rank. */
export const RANK_TIE_KEYS: readonly RankingKey[] = ['missing', 'value'];

/**
 * The state-of-the-art history: dated rows with a value, in date order (on a shared date the
 * better value first, then the earlier row); a row is a step when its value is strictly better
 * than every value before it. The first dated row is always a step.
 */
export function sotaOrder(direction: MetricDirection): RankingTerm[] {
  return [
    { key: 'date', order: 'ASC' },
    { key: 'value', order: direction === 'HIGHER_IS_BETTER' ? 'DESC' : 'ASC' },
    { key: 'id', order: 'ASC' },
  ];
}
