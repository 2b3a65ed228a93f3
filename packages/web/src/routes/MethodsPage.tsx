import { useQuery } from '@apollo/client/react';
import { useLoadMore } from '../app/use-load-more';
import { useUrlState } from '../app/use-url-state';
import { AreaFilter } from '../features/area/AreaFilter';
import { MethodCard } from '../features/method/MethodCard';
import { getFragmentData, graphql } from '../graphql';
import type { MethodOrder } from '../graphql/graphql';
import { CardGrid } from '../ui/CardGrid';
import { FilterBar, knownValue, SelectFilter } from '../ui/FilterBar';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { ConnectionLoadMore } from '../ui/LoadMore';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';

/** A page of the method list; the first page and every next one select the same. */
const MethodsPage_methods = graphql(`
  fragment MethodsPage_methods on MethodConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...MethodCard_method
      }
    }
  }
`);

const MethodsPageQuery = graphql(`
  query MethodsPage($filter: MethodFilter, $orderBy: MethodOrder!, $collection: String!, $hasCollection: Boolean!) {
    areas(first: 50, orderBy: NAME_ASC) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
    methodCollection(slug: $collection) @include(if: $hasCollection) {
      id
      name
      description
    }
    methods(first: 24, filter: $filter, orderBy: $orderBy) {
      ...MethodsPage_methods
    }
  }
`);

const MethodsMore = graphql(`
  query MethodsMore($filter: MethodFilter, $orderBy: MethodOrder!, $after: String) {
    methods(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {
      ...MethodsPage_methods
    }
  }
`);

const ORDERS: ReadonlyArray<{ value: MethodOrder; label: string }> = [
  { value: 'PAPER_COUNT_DESC', label: 'Most used' },
  { value: 'INTRODUCED_YEAR_DESC', label: 'Newest' },
  { value: 'NAME_ASC', label: 'A–Z' },
];

/** /methods — architectures, layers, optimizers…, filterable by name, area and collection. */
export function MethodsPage() {
  usePageMeta({ title: 'Methods', description: 'Machine-learning methods and the papers that use them.' });
  const [state, setState] = useUrlState(['q', 'area', 'collection', 'sort'] as const);
  const orderBy = knownValue(ORDERS, state.sort, 'PAPER_COUNT_DESC');
  const filter = {
    query: state.q || undefined,
    area: state.area || undefined,
    collection: state.collection || undefined,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(MethodsPageQuery, {
    variables: { filter, orderBy, collection: state.collection, hasCollection: state.collection !== '' },
  });
  const shown = data ?? previousData;
  const cursor = data ? getFragmentData(MethodsPage_methods, data.methods).pageInfo.endCursor : null;
  const more = useLoadMore(() => fetchMore({ query: MethodsMore, variables: { filter, orderBy, after: cursor } }));
  if (error) throw error;
  if (!shown) return <PageLoading label="Loading methods…" />;
  const collection = shown.methodCollection;
  const methods = getFragmentData(MethodsPage_methods, shown.methods);

  return (
    <>
      <PageHeader
        title="Methods"
        lead="Architectures, layers, optimizers and other building blocks, and the papers using them."
      />
      <FilterBar
        label="Find a method"
        value={state.q}
        placeholder="name, e.g. attention"
        onSubmit={(q) => setState({ q })}
      >
        <AreaFilter
          areas={shown.areas.edges.map((edge) => edge.node)}
          value={state.area}
          onChange={(area) => setState({ area })}
        />
        <SelectFilter label="Sort" value={orderBy} options={ORDERS} onChange={(sort) => setState({ sort })} />
      </FilterBar>
      {state.collection && (
        <p className="notice">
          Collection: <strong>{collection?.name ?? state.collection}</strong>{' '}
          <button type="button" className="button button--quiet" onClick={() => setState({ collection: '' })}>
            Show all collections
          </button>
        </p>
      )}
      <section aria-label="Methods">
        <h2 className="visually-hidden">Methods</h2>
        {loading && <InlineLoading />}
        <CardGrid items={methods.edges.map((edge) => edge.node)} empty="No methods match the filters.">
          {(method) => <MethodCard method={method} />}
        </CardGrid>
        <ConnectionLoadMore noun="methods" connection={methods} more={more} />
      </section>
    </>
  );
}
