import { useQuery } from '@apollo/client/react';
import type { SotaPoint } from '@pwc/shared';
import { useEffect, useMemo } from 'react';
import { getFragmentData, graphql } from '../../graphql';
import { LeaderboardRow_result } from './LeaderboardRowData';
import { filterArguments } from './leaderboard-params';
import {
  toLeaderboardEntries,
  type LeaderboardFilters,
  type LeaderboardEntry,
  type MetricColumn,
} from './leaderboard-rows';

/** Rows per request: a 2,000-row board arrives in five requests, each ranked by the server. */
export const LEADERBOARD_PAGE_SIZE = 400;

export const LeaderboardRowsQuery = graphql(`
  query LeaderboardRows(
    $slug: String!
    $metric: String
    $hasCode: Boolean
    $usesAdditionalData: Boolean
    $after: String
    $asOf: DateTime
  ) {
    benchmark(slug: $slug, asOf: $asOf) {
      id
      asOf
      rows(metric: $metric, first: 400, after: $after, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            rank
            result {
              ...LeaderboardRow_result
            }
          }
        }
      }
      sotaHistory(metric: $metric, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {
        date
        value
        result {
          ...LeaderboardRow_result
        }
      }
    }
  }
`);

export interface RankedEntry {
  row: LeaderboardEntry;
  /** As the server ranked it; null when the row has no value of the metric. */
  rank: number | null;
}

export interface LeaderboardRowsState {
  rows: RankedEntry[];
  history: SotaPoint<LeaderboardEntry>[];
  /** Rows matching the filters, on the server. */
  totalCount: number;
  /** Every page is here. */
  complete: boolean;
  /** The shown rows belong to the previous choice of metric or filters; new ones are on the way. */
  stale: boolean;
  error: Error | undefined;
}

/**
 * A leaderboard's rows as the server ranks and filters them: the web app never re-ranks. A new
 * metric or filter is a new query (the previous rows stay shown until it answers); further
 * pages are fetched after the first, in order, so the table only grows at its end.
 */
export function useLeaderboardRows(
  slug: string,
  metrics: readonly MetricColumn[],
  metric: MetricColumn | null,
  filters: LeaderboardFilters,
  /** The board as it stood then (the server's asOf); null: as it is now. */
  asOf: string | null = null,
): LeaderboardRowsState {
  const { hasCode, usesAdditionalData } = filterArguments(filters);
  const { data, previousData, loading, error, fetchMore } = useQuery(LeaderboardRowsQuery, {
    variables: { slug, metric: metric?.name ?? null, hasCode, usesAdditionalData, asOf },
    notifyOnNetworkStatusChange: false,
  });
  const shown = data ?? previousData;
  const rows = shown?.benchmark?.rows;
  const nextCursor = data?.benchmark?.rows.pageInfo.hasNextPage ? data.benchmark.rows.pageInfo.endCursor : null;
  useEffect(() => {
    if (nextCursor) void fetchMore({ variables: { after: nextCursor } });
  }, [nextCursor, fetchMore]);

  const ranked = useMemo(() => {
    const edges = rows?.edges ?? [];
    const entries = toLeaderboardEntries(
      edges.map((edge) => getFragmentData(LeaderboardRow_result, edge.node.result)),
      metrics,
    );
    return entries.map((row, i) => ({ row, rank: edges[i]!.node.rank ?? null }));
  }, [rows?.edges, metrics]);

  const history = useMemo(() => {
    const steps = shown?.benchmark?.sotaHistory ?? [];
    const entries = toLeaderboardEntries(
      steps.map((step) => getFragmentData(LeaderboardRow_result, step.result)),
      metrics,
    );
    return steps.map((step, i) => ({ row: entries[i]!, value: step.value, date: step.date }));
  }, [shown?.benchmark?.sotaHistory, metrics]);

  return {
    rows: ranked,
    history,
    totalCount: rows?.totalCount ?? 0,
    complete: Boolean(data) && !loading && nextCursor === null,
    stale: !data && Boolean(previousData),
    error,
  };
}
