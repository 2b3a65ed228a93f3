import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useLoadMore } from '../app/use-load-more';
import { useUrlState } from '../app/use-url-state';
import { MethodCard } from '../features/method/MethodCard';
import { graphql } from '../graphql';
import type { MethodOrder } from '../graphql/graphql';
import { FilterBar, SelectFilter } from '../ui/FilterBar';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { LoadMore } from '../ui/LoadMore';
import { usePageMeta } from '../ui/page-meta';

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
  }
`);

const MethodsMore = graphql(`
  query MethodsMore($filter: MethodFilter, $orderBy: MethodOrder!, $after: String) {
    methods(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {
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
  const orderBy = ORDERS.find((o) => o.value === state.sort)?.value ?? 'PAPER_COUNT_DESC';
  const filter = useMemo(
    () => ({ query: state.q || undefined, area: state.area || undefined, collection: state.collection || undefined }),
    [state.q, state.area, state.collection],
  );
  const { data, previousData, loading, error, fetchMore } = useQuery(MethodsPageQuery, {
    variables: { filter, orderBy, collection: state.collection, hasCollection: state.collection !== '' },
  });
  const shown = data ?? previousData;
  const cursor = data?.methods.pageInfo.endCursor ?? null;
  const more = useLoadMore(
    useCallback(
      () => fetchMore({ query: MethodsMore, variables: { filter, orderBy, after: cursor } }),
      [fetchMore, cursor, filter, orderBy],
    ),
  );
  if (error) throw error;
  if (!shown) return <PageLoading label="Loading methods…" />;
  const collection = shown.methodCollection;

  return (
    <>
      <header className="page-header">
        <h1>Methods</h1>
        <p className="lead">Architectures, layers, optimizers and other building blocks, and the papers using them.</p>
      </header>
      <FilterBar
        label="Find a method"
        value={state.q}
        placeholder="name, e.g. attention"
        onSubmit={(q) => setState({ q })}
      >
        <SelectFilter
          label="Area"
          value={state.area}
          options={[
            { value: '', label: 'All areas' },
            ...shown.areas.edges.map(({ node }) => ({ value: node.slug, label: node.name })),
          ]}
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
        {loading && <InlineLoading />}
        {shown.methods.edges.length === 0 ? (
          <p className="muted">No methods match the filters.</p>
        ) : (
          <ul className="card-grid">
            {shown.methods.edges.map(({ node }) => (
              <li key={node.id}>
                <MethodCard method={node} />
              </li>
            ))}
          </ul>
        )}
        <LoadMore
          noun="methods"
          shown={shown.methods.edges.length}
          total={shown.methods.totalCount}
          hasMore={shown.methods.pageInfo.hasNextPage}
          loading={more.loading}
          failed={Boolean(more.error)}
          onLoadMore={more.load}
        />
      </section>
    </>
  );
}
