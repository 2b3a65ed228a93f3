import { rankRows, sotaHistory, type RankableRow } from '@pwc/shared';
import { badInput } from '../../graphql/errors';
import type { Loaders } from '../../graphql/loaders';
import type { Metric } from './metric.entity';
import type { ResultValue } from './result-value.entity';
import type { Result } from './result.entity';

export interface LeaderboardFilters {
  /** true: only rows that used extra training data; false: only rows that did not. */
  usesAdditionalData?: boolean | null;
  /** true: only rows with code (their own code links or a repository of their paper). */
  hasCode?: boolean | null;
}

export interface LeaderboardEntry extends RankableRow {
  id: number;
  result: Result;
  resultValues: ResultValue[];
}

/** The value of one metric in a row's values, if the row has one. */
export function valueOfMetric(values: ResultValue[], metric: Metric): ResultValue | null {
  return values.find((value) => value.metricId === metric.id) ?? null;
}

export interface RankedEntry {
  rank: number | null;
  entry: LeaderboardEntry;
  metric: Metric;
}

/** Loads a leaderboard's rows with their values keyed by metric name. */
export async function loadLeaderboardEntries(loaders: Loaders, benchmarkId: number): Promise<LeaderboardEntry[]> {
  const [metrics, results] = await Promise.all([
    loaders.metricsByBenchmark.load(benchmarkId),
    loaders.resultsByBenchmark.load(benchmarkId),
  ]);
  const metricNames = new Map(metrics.map((metric) => [metric.id, metric.name]));
  const valueLists = await loaders.valuesByResult.loadMany(results.map((result) => result.id));
  return results.map((result, i) => {
    const list = valueLists[i];
    const resultValues = Array.isArray(list) ? list : [];
    const values: Record<string, number | null> = {};
    for (const value of resultValues) {
      const name = metricNames.get(value.metricId);
      if (name !== undefined) values[name] = value.value;
    }
    return { id: result.id, date: result.evaluatedOn, values, result, resultValues };
  });
}

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

/** Rows ranked by a metric in its direction, after the filters; unranked rows last. */
export async function rankLeaderboard(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters = {},
): Promise<RankedEntry[]> {
  const input = await loadRankingInput(loaders, benchmarkId, metricName, filters);
  if (!input) return [];
  const { metric, entries } = input;
  return rankRows(entries, metric.name, metric.direction).map(({ row, rank }) => ({ rank, entry: row, metric }));
}

/** The rows that improved the best value of a metric, in date order. */
export async function leaderboardSotaHistory(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters = {},
) {
  const input = await loadRankingInput(loaders, benchmarkId, metricName, filters);
  if (!input) return [];
  const { metric, entries } = input;
  return sotaHistory(entries, metric.name, metric.direction).map((point) => ({
    date: point.date,
    value: point.value,
    result: point.row.result,
    metric,
  }));
}

/** The ranking metric and the filtered rows; null when the leaderboard has no numeric metric. */
async function loadRankingInput(
  loaders: Loaders,
  benchmarkId: number,
  metricName: string | null | undefined,
  filters: LeaderboardFilters,
): Promise<{ metric: Metric; entries: LeaderboardEntry[] } | null> {
  const metric = await resolveRankingMetric(loaders, benchmarkId, metricName);
  if (!metric) return null;
  const entries = await filterEntries(loaders, await loadLeaderboardEntries(loaders, benchmarkId), filters);
  return { metric, entries };
}

async function filterEntries(
  loaders: Loaders,
  entries: LeaderboardEntry[],
  { usesAdditionalData, hasCode }: LeaderboardFilters,
): Promise<LeaderboardEntry[]> {
  let kept = entries;
  if (usesAdditionalData != null) {
    kept = kept.filter((entry) => entry.result.usesAdditionalData === usesAdditionalData);
  }
  if (hasCode != null) {
    const flags = await Promise.all(kept.map((entry) => resultHasCode(loaders, entry.result)));
    kept = kept.filter((_, i) => flags[i] === hasCode);
  }
  return kept;
}

/** A row has code when it links code itself or its paper has a repository. */
export async function resultHasCode(loaders: Loaders, result: Result): Promise<boolean> {
  if (result.codeLinks.length > 0) return true;
  if (result.paperId == null) return false;
  return (await loaders.repositoryCountByPaper.load(result.paperId)) > 0;
}
