import { badInput } from '../../graphql/errors';
import type { Loaders } from '../../graphql/loaders';
import type { LeaderboardFilters, LeaderboardPage, SotaPointData } from './leaderboard/leaderboard.loaders';
import type { Metric } from './metric.entity';
import type { Result } from './result.entity';

export type { LeaderboardFilters };

/** The metric to rank by: the named one, or the first numeric column. */
export async function resolveRankingMetric(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
): Promise<Metric | null> {
  const metrics = await loaders.metricsByBenchmark.load(benchmarkId);
  if (metricName == null) return metrics.find((metric) => metric.isNumeric) ?? null;
  const metric = metrics.find((candidate) => candidate.name === metricName);
  if (!metric) {
    const known = metrics.map((m) => JSON.stringify(m.name)).join(', ');
    throw badInput('metric', `this leaderboard has no metric ${JSON.stringify(metricName)}; its metrics are ${known}`);
  }
  if (!metric.isNumeric) throw badInput('metric', `${JSON.stringify(metricName)} is not numeric and cannot rank rows`);
  return metric;
}

const EMPTY_PAGE: LeaderboardPage = { rows: [], hasNextPage: false, total: 0 };

/** One page of a board's rows, ranked in Postgres by a metric, after the filters. */
export async function leaderboardPage(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters,
  page: { first: number; after?: string | null },
): Promise<LeaderboardPage> {
  const metric = await resolveRankingMetric(loaders, benchmarkId, metricName);
  if (!metric) return EMPTY_PAGE;
  return loaders.leaderboardPage.load({ benchmarkId, metric, filters, first: page.first, after: page.after ?? null });
}

/** The rows that improved the best value of a metric, in date order. */
export async function leaderboardSotaHistory(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters,
): Promise<SotaPointData[]> {
  const metric = await resolveRankingMetric(loaders, benchmarkId, metricName);
  if (!metric) return [];
  return loaders.sotaHistory.load({ benchmarkId, metric, filters });
}

/** A row has code when it links code itself or its paper has a repository. */
export async function resultHasCode(loaders: Loaders, result: Result): Promise<boolean> {
  if (result.codeLinks.length > 0) return true;
  if (result.paperId == null) return false;
  return (await loaders.repositoryCountByPaper.load(result.paperId)) > 0;
}
