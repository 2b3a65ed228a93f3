import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ConnectionLoadMore, type NextPageLoader } from '../../ui/LoadMore';
import { BenchmarkTable, type BenchmarkTableProps } from './BenchmarkTable';

export const PagedBenchmarkTable_connection = graphql(`
  fragment PagedBenchmarkTable_connection on BenchmarkConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...BenchmarkTable_benchmark
      }
    }
  }
`);

export interface PagedBenchmarkTableProps extends Omit<BenchmarkTableProps, 'benchmarks'> {
  connection: FragmentType<typeof PagedBenchmarkTable_connection>;
  loadMore: NextPageLoader;
}

/** A page of leaderboards with a "Load more" button for the next page. */
export function PagedBenchmarkTable({ connection, loadMore, ...table }: PagedBenchmarkTableProps) {
  const benchmarks = getFragmentData(PagedBenchmarkTable_connection, connection);
  return (
    <>
      <BenchmarkTable benchmarks={benchmarks.edges.map((edge) => edge.node)} {...table} />
      <ConnectionLoadMore noun="leaderboards" connection={benchmarks} more={loadMore} />
    </>
  );
}

/** The cursor of the last loaded leaderboard, for fetching the next page (null before any are loaded). */
export function pagedBenchmarkTableEndCursor(
  connection: FragmentType<typeof PagedBenchmarkTable_connection> | undefined,
): string | null {
  return connection ? getFragmentData(PagedBenchmarkTable_connection, connection).pageInfo.endCursor : null;
}
