import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useUrlState } from '../app/use-url-state';
import { useLoadMore } from '../app/use-load-more';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { Highlighted } from '../features/search/Highlighted';
import { FACET_KEYS, facetFilter, PaperFacetsPanel, type FacetState } from '../features/search/PaperFacetsPanel';
import { hitPath, SEARCH_TYPE_LABELS, SEARCH_TYPES } from '../features/search/search-hits';
import { graphql } from '../graphql';
import type { SearchPageQuery as SearchPageData, SearchType } from '../graphql/graphql';
import { plural } from '../ui/format';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { LoadMore } from '../ui/LoadMore';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $types: [SearchType!], $after: String) {
    search(query: $query, types: $types, first: 20, after: $after) {
      totalCount
      didYouMean
      typeCounts {
        type
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        type
        match
        highlight {
          text
          ranges {
            start
            length
          }
        }
        node {
          __typename
          ... on Paper {
            id
            slug
            published
          }
          ... on Task {
            id
            slug
            paperCount
          }
          ... on Dataset {
            id
            slug
          }
          ... on Method {
            id
            slug
            fullName
          }
          ... on Benchmark {
            id
            slug
          }
          ... on Author {
            id
            slug
            paperCount
          }
          ... on Venue {
            id
            slug
            paperCount
          }
        }
      }
    }
  }
`);

const SearchPapersQuery = graphql(`
  query SearchPapers($filter: PaperFilter!, $after: String) {
    papers(first: 20, after: $after, filter: $filter) {
      ...PaperList_connection
    }
  }
`);

type Edge = SearchPageData['search']['edges'][number];

/** What is said under a hit: its kind and a fact or two. */
function hitNote(edge: Edge): string {
  const kind = SEARCH_TYPE_LABELS[edge.type].one;
  const node = edge.node;
  switch (node.__typename) {
    case 'Paper':
      return node.published ? `${kind} · ${node.published.slice(0, 4)}` : kind;
    case 'Method':
      return node.fullName && node.fullName !== edge.highlight.text ? `${kind} · ${node.fullName}` : kind;
    case 'Task':
    case 'Author':
    case 'Venue':
      return `${kind} · ${plural(node.paperCount, 'paper')}`;
    default:
      return kind;
  }
}

const PARAMS = ['q', 'type', ...FACET_KEYS] as const;

/** /search?q= — one ranked list of everything, by type in tabs; papers with facets. */
export function SearchPage() {
  const [state, setState] = useUrlState(PARAMS);
  const query = state.q.trim();
  const type = SEARCH_TYPES.includes(state.type as SearchType) ? (state.type as SearchType) : null;
  usePageMeta({ title: query ? `Search: ${query}` : 'Search', noindex: true });
  // Every type, for the tabs' counts and "did you mean" (and the "All" tab itself).
  const all = useQuery(SearchPageQuery, { variables: { query }, skip: !query });

  if (!query) {
    return (
      <section className="state">
        <h1>Search</h1>
        <p>Type a paper title, a method, a task, a dataset, an author or a venue into the search box above.</p>
      </section>
    );
  }
  if (all.error) throw all.error;
  const counts = all.data?.search.typeCounts ?? [];
  const total = counts.reduce((sum, count) => sum + count.count, 0);

  return (
    <>
      <PageHeader title={`Results for “${query}”`} />
      {all.data && all.data.search.didYouMean.length > 0 && (
        <p className="did-you-mean">
          Did you mean{' '}
          {all.data.search.didYouMean.map((name, i) => (
            <span key={name}>
              {i > 0 && ', '}
              <Link to={`/search?q=${encodeURIComponent(name)}`}>{name}</Link>
            </span>
          ))}
          ?
        </p>
      )}
      <div className="tabs-row">
        <nav className="tabs" aria-label="Kinds of results">
          {[null, ...SEARCH_TYPES].map((t) => {
            const count = t ? (counts.find((c) => c.type === t)?.count ?? 0) : total;
            if (t && count === 0 && t !== 'PAPER') return null;
            return (
              <Link
                key={t ?? 'all'}
                to={`/search?q=${encodeURIComponent(query)}${t ? `&type=${t}` : ''}`}
                className={t === type ? 'tab is-active' : 'tab'}
                aria-current={t === type ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setState({ type: t ?? '' });
                }}
              >
                {t ? SEARCH_TYPE_LABELS[t].many : 'All'}
                {(t !== 'PAPER' || !type) && <span className="count">{count}</span>}
              </Link>
            );
          })}
        </nav>
      </div>
      {type === 'PAPER' ? (
        <PaperResults query={query} state={state} onChange={setState} />
      ) : (
        <RankedResults query={query} type={type} />
      )}
    </>
  );
}

function RankedResults({ query, type }: { query: string; type: SearchType | null }) {
  const { data, error, loading, fetchMore } = useQuery(SearchPageQuery, {
    variables: type ? { query, types: [type] } : { query },
  });
  const more = useLoadMore(() => fetchMore({ variables: { after: data?.search.pageInfo.endCursor } }));
  if (error) throw error;
  if (!data) return <PageLoading label="Searching…" />;
  const { edges, pageInfo, totalCount } = data.search;
  if (edges.length === 0) {
    return <p className="state">Nothing matches. Try fewer words, or another spelling.</p>;
  }
  return (
    <>
      {loading && <InlineLoading />}
      <ol className="search-results">
        {edges.map((edge) => (
          <li key={edge.cursor} className="search-result">
            <Link to={hitPath(edge.node)} className="search-result__title">
              <Highlighted text={edge.highlight.text} ranges={edge.highlight.ranges} />
            </Link>
            <span className="search-result__note muted">{hitNote(edge)}</span>
          </li>
        ))}
      </ol>
      <LoadMore
        shown={edges.length}
        total={totalCount}
        hasMore={pageInfo.hasNextPage}
        loading={more.loading}
        failed={Boolean(more.error)}
        onLoadMore={more.load}
        noun="results"
      />
    </>
  );
}

function PaperResults({
  query,
  state,
  onChange,
}: {
  query: string;
  state: FacetState;
  onChange: (changes: Partial<FacetState>) => void;
}) {
  const filter = facetFilter(query, state);
  const { data, previousData, error, fetchMore } = useQuery(SearchPapersQuery, { variables: { filter } });
  const shown = data ?? previousData;
  const more = useLoadMore(() => fetchMore({ variables: { filter, after: paperListEndCursor(shown?.papers) } }));
  if (error) throw error;
  return (
    <div className="with-facets">
      <PaperFacetsPanel query={query} state={state} onChange={onChange} />
      <section aria-label="Matching papers, newest first">
        <h2 className="visually-hidden">Matching papers, newest first</h2>
        {shown ? (
          <PaperList connection={shown.papers} loadMore={more} empty="No paper matches these filters." />
        ) : (
          <PageLoading label="Loading papers…" />
        )}
      </section>
    </div>
  );
}
