import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useLoadMore } from '../app/use-load-more';
import { useUrlState } from '../app/use-url-state';
import { AreaFilter } from '../features/area/AreaFilter';
import { PagedBenchmarkTable, pagedBenchmarkTableEndCursor } from '../features/benchmark/PagedBenchmarkTable';
import { graphql } from '../graphql';
import type { BenchmarkOrder } from '../graphql/graphql';
import { FilterBar, knownValue, SelectFilter } from '../ui/FilterBar';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';

const SotaPageQuery = graphql(`
  query SotaPage($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!) {
    areas(first: 50, orderBy: TAXONOMY) {
      edges {
        node {
          id
          slug
          name
          benchmarkCount
        }
      }
    }
    benchmarks(first: 30, filter: $filter, orderBy: $orderBy) {
      totalCount
      ...PagedBenchmarkTable_connection
    }
  }
`);

const SotaBenchmarksMore = graphql(`
  query SotaBenchmarksMore($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!, $after: String) {
    benchmarks(first: 30, after: $after, filter: $filter, orderBy: $orderBy) {
      ...PagedBenchmarkTable_connection
    }
  }
`);

const ORDERS: ReadonlyArray<{ value: BenchmarkOrder; label: string }> = [
  { value: 'RESULT_COUNT_DESC', label: 'Most results' },
  { value: 'SLUG_ASC', label: 'A–Z' },
];

/** /sota — every leaderboard, browsable by area and searchable by task or dataset. */
export function SotaPage() {
  usePageMeta({
    title: 'State of the art',
    description: 'Browse machine-learning leaderboards by research area, task and dataset.',
  });
  const [state, setState] = useUrlState(['q', 'area', 'sort'] as const);
  const orderBy = knownValue(ORDERS, state.sort, 'RESULT_COUNT_DESC');
  const filter = { query: state.q || undefined, area: state.area || undefined };
  const { data, previousData, loading, error, fetchMore } = useQuery(SotaPageQuery, { variables: { filter, orderBy } });
  const shown = data ?? previousData;
  const cursor = pagedBenchmarkTableEndCursor(data?.benchmarks);
  const more = useLoadMore(() =>
    fetchMore({ query: SotaBenchmarksMore, variables: { filter, orderBy, after: cursor } }),
  );
  if (error) throw error;
  if (!shown) return <PageLoading label="Loading leaderboards…" />;
  const areas = shown.areas.edges.map((edge) => edge.node);
  const { benchmarks } = shown;

  return (
    <>
      <PageHeader
        title="State of the art"
        lead="Leaderboards of every task and dataset, with the best result of each."
      />
      <nav aria-label="Research areas" className="area-nav">
        <ul className="tags">
          {areas
            .filter((area) => area.benchmarkCount > 0)
            .map((area) => (
              <li key={area.id}>
                <Link className="tag" to={`/area/${area.slug}`}>
                  {area.name}
                  <span className="tag__note">{area.benchmarkCount.toLocaleString('en-US')}</span>
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <FilterBar
        label="Find a leaderboard"
        value={state.q}
        placeholder="task or dataset, e.g. question answering"
        onSubmit={(q) => setState({ q })}
      >
        <AreaFilter areas={areas} value={state.area} onChange={(area) => setState({ area })} />
        <SelectFilter label="Sort" value={orderBy} options={ORDERS} onChange={(sort) => setState({ sort })} />
      </FilterBar>
      <Section id="leaderboards" title="Leaderboards" count={benchmarks.totalCount}>
        {loading && <InlineLoading />}
        <PagedBenchmarkTable
          connection={benchmarks}
          loadMore={more}
          label="both"
          caption="Leaderboards matching the filters"
        />
      </Section>
    </>
  );
}
