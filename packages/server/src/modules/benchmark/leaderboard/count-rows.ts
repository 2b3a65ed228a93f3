import type { SqlRunner } from '../../../db/prepared-statements';
import type { LeaderboardFilters } from './leaderboard.loaders';
import { asOfTables, resultFilterSql } from './leaderboard-sql';

/** A board's row count after the filters (as of `filters.asOf` when given). */
export async function countRows(dataSource: SqlRunner, benchmarkId: number, filters: LeaderboardFilters) {
  const parameters: unknown[] = [benchmarkId, filters.usesAdditionalData ?? null, filters.hasCode ?? null];
  if (filters.asOf) parameters.push(filters.asOf);
  const [row] = (await dataSource.query(
    `${filters.asOf ? `WITH ${asOfTables('one', '$4').replace(/,\s*$/, '')}` : ''}
     SELECT count(*)::int AS count FROM result r
     WHERE r.benchmark_id = $1 AND ${resultFilterSql('$2', '$3')}`,
    parameters,
  )) as [{ count: number }];
  return row.count;
}
