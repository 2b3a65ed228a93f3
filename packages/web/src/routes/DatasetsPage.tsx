import { useQuery } from '@apollo/client/react';
import { useLoadMore } from '../app/use-load-more';
import { useUrlState } from '../app/use-url-state';
import { DatasetCard } from '../features/dataset/DatasetCard';
import { graphql } from '../graphql';
import type { DatasetOrder } from '../graphql/graphql';
import { CardGrid } from '../ui/CardGrid';
import { FilterBar, knownValue, SelectFilter } from '../ui/FilterBar';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { ConnectionLoadMore } from '../ui/LoadMore';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';

const DatasetsPageQuery = graphql(`
  query DatasetsPage($filter: DatasetFilter, $orderBy: DatasetOrder!, $after: String) {
    datasets(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...DatasetCard_dataset
        }
      }
    }
  }
`);

const ORDERS: ReadonlyArray<{ value: DatasetOrder; label: string }> = [
  { value: 'BENCHMARK_COUNT_DESC', label: 'Most benchmarks' },
  { value: 'INTRODUCED_DESC', label: 'Newest' },
  { value: 'NAME_ASC', label: 'A–Z' },
];

// The archive's most common modalities; the filter matches them exactly.
const MODALITIES = [
  'Images',
  'Texts',
  'Videos',
  'Audio',
  'Speech',
  'Medical',
  '3D',
  'Graphs',
  'Tabular',
  'Time series',
  'Point cloud',
  'RGB-D',
  'Environment',
  'Biomedical',
  'LiDAR',
  'Music',
];

const LANGUAGES = [
  'English',
  'Chinese',
  'German',
  'French',
  'Spanish',
  'Japanese',
  'Russian',
  'Arabic',
  'Hindi',
  'Korean',
];

/** /datasets — every dataset, filterable by name, modality and language. */
export function DatasetsPage() {
  usePageMeta({ title: 'Datasets', description: 'Machine-learning datasets with their tasks, benchmarks and papers.' });
  const [state, setState] = useUrlState(['q', 'modality', 'language', 'sort'] as const);
  const orderBy = knownValue(ORDERS, state.sort, 'BENCHMARK_COUNT_DESC');
  const filter = {
    query: state.q || undefined,
    modality: state.modality || undefined,
    language: state.language || undefined,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(DatasetsPageQuery, {
    variables: { filter, orderBy },
  });
  const shown = data ?? previousData;
  const cursor = data?.datasets.pageInfo.endCursor ?? null;
  const more = useLoadMore(() => fetchMore({ variables: { after: cursor } }));
  if (error) throw error;

  return (
    <>
      <PageHeader title="Datasets" lead="The datasets that machine-learning results are reported on." />
      <FilterBar
        label="Find a dataset"
        value={state.q}
        placeholder="name, e.g. SQuAD"
        onSubmit={(q) => setState({ q })}
      >
        <SelectFilter
          label="Modality"
          value={state.modality}
          options={[{ value: '', label: 'Any modality' }, ...MODALITIES.map((m) => ({ value: m, label: m }))]}
          onChange={(modality) => setState({ modality })}
        />
        <SelectFilter
          label="Language"
          value={state.language}
          options={[{ value: '', label: 'Any language' }, ...LANGUAGES.map((l) => ({ value: l, label: l }))]}
          onChange={(language) => setState({ language })}
        />
        <SelectFilter label="Sort" value={orderBy} options={ORDERS} onChange={(sort) => setState({ sort })} />
      </FilterBar>
      {!shown ? (
        <PageLoading label="Loading datasets…" />
      ) : (
        <section aria-label="Datasets">
          <h2 className="visually-hidden">Datasets</h2>
          {loading && <InlineLoading />}
          <CardGrid items={shown.datasets.edges.map((edge) => edge.node)} empty="No datasets match the filters.">
            {(dataset) => <DatasetCard dataset={dataset} />}
          </CardGrid>
          <ConnectionLoadMore noun="datasets" connection={shown.datasets} more={more} />
        </section>
      )}
    </>
  );
}
