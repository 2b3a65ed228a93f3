import { type Selection } from '../../graphql/selected-fields';
import { LOADED_METRICS } from './benchmark.sql';
import { badInput } from '../../graphql/errors';
import type { Loaders } from '../../graphql/loaders';
import type { LeaderboardFilters, LeaderboardPage, SotaPointData } from './leaderboard/leaderboard.loaders';
import type { Metric } from './metric.entity';
import type { Result } from './result.entity';

export type { LeaderboardFilters };

/**
 * Hands a board's metrics, loaded with the board's own statement (see BENCHMARK_SQL), to the
 * loaders that would otherwise query them again.
 */
export function shareLoadedMetrics(loaders: Loaders, benchmark: object & { id: number }): void {
  const metrics = (benchmark as { [LOADED_METRICS]?: Metric[] })[LOADED_METRICS];
  if (!metrics) return;
  loaders.metricsByBenchmark.prime(benchmark.id, metrics);
  for (const metric of metrics) loaders.metric.prime(metric.id, metric);
}

/** A board's columns now, or as they stood at `asOf`. */
export function boardMetrics(loaders: Loaders, benchmarkId: number, asOf?: Date | null): Promise<Metric[]> {
  return asOf ? loaders.metricsAsOf.load({ benchmarkId, asOf }) : loaders.metricsByBenchmark.load(benchmarkId);
}

/** The metric to rank by: the named one, or the first numeric column (as of the filters' date). */
export async function resolveRankingMetric(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  asOf?: Date | null,
): Promise<Metric | null> {
  return chooseRankingMetric(await boardMetrics(loaders, benchmarkId, asOf), metricName);
}

/** The metric to rank by among a board's metrics (in column order); BAD_USER_INPUT for a bad name. */
export function chooseRankingMetric(metrics: Metric[], metricName: string | null | undefined): Metric | null {
  if (metricName == null) return metrics.find((metric) => metric.isNumeric) ?? null;
  const metric = metrics.find((candidate) => candidate.name === metricName);
  if (!metric) {
    const known = metrics.map((m) => JSON.stringify(m.name)).join(', ');
    throw badInput('metric', `this leaderboard has no metric ${JSON.stringify(metricName)}; its metrics are ${known}`);
  }
  if (!metric.isNumeric) throw badInput('metric', `${JSON.stringify(metricName)} is not numeric and cannot rank rows`);
  return metric;
}

export const EMPTY_PAGE: LeaderboardPage = { rows: [], hasNextPage: false, total: 0 };

/** One page of a board's rows, ranked in Postgres by a metric, after the filters. */
export async function leaderboardPage(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters,
  page: { first: number; after?: string | null },
  resultSelection: Selection,
): Promise<LeaderboardPage> {
  const metric = await resolveRankingMetric(loaders, benchmarkId, metricName, filters.asOf);
  if (!metric) return EMPTY_PAGE;
  const { first, after } = page;
  return loaders.leaderboardPage.load({ benchmarkId, metric, filters, first, after: after ?? null, resultSelection });
}

/** The rows that improved the best value of a metric, in date order. */
export async function leaderboardSotaHistory(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters,
  resultSelection: Selection,
): Promise<SotaPointData[]> {
  const metric = await resolveRankingMetric(loaders, benchmarkId, metricName, filters.asOf);
  if (!metric) return [];
  return loaders.sotaHistory.load({ benchmarkId, metric, filters, resultSelection });
}

/** A row has code when it links code itself or its paper has a repository. */
export async function resultHasCode(loaders: Loaders, result: Result): Promise<boolean> {
  if (result.codeLinks.length > 0) return true;
  if (result.paperId == null) return false;
  return (await loaders.repositoryCountByPaper.load(result.paperId)) > 0;
}
