import type { SqlRunner } from '../../../db/prepared-statements';
import type { LeaderboardFilters } from './leaderboard.loaders';
import { resultFilterSql } from './leaderboard-sql';

/** A board's row count after the filters. */
export async function countRows(dataSource: SqlRunner, benchmarkId: number, filters: LeaderboardFilters) {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS count FROM result r
     WHERE r.benchmark_id = $1 AND ${resultFilterSql('$2', '$3')}`,
    [benchmarkId, filters.usesAdditionalData ?? null, filters.hasCode ?? null],
  )) as [{ count: number }];
  return row.count;
}
