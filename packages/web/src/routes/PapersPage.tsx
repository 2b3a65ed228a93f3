import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useLoadMore } from '../app/use-load-more';
import { useUrlState } from '../app/use-url-state';
import { FeedLink } from '../features/feed/FeedLink';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { FACET_KEYS, facetFilter, PaperFacetsPanel, type FacetState } from '../features/search/PaperFacetsPanel';
import { graphql } from '../graphql';
import type { PaperFilter, PaperOrder } from '../graphql/graphql';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';

const PapersPageQuery = graphql(`
  query PapersPage($filter: PaperFilter, $orderBy: PaperOrder!, $after: String) {
    papers(first: 20, after: $after, filter: $filter, orderBy: $orderBy) {
      ...PaperList_connection
    }
  }
`);

interface Tab {
  id: string;
  label: string;
  orderBy: PaperOrder;
  filter?: PaperFilter;
  lead: string;
}

/** The tabs of /papers, as ?tab=; the first is the default. */
const TABS: readonly Tab[] = [
  { id: 'latest', label: 'Latest', orderBy: 'PUBLISHED_DESC', lead: 'The newest papers of the archive.' },
  {
    id: 'with-code',
    label: 'Latest with code',
    orderBy: 'PUBLISHED_DESC',
    filter: { hasCode: true },
    lead: 'The newest papers with an implementation.',
  },
  {
    id: 'trending',
    label: 'Trending',
    orderBy: 'TRENDING',
    lead: 'Recent papers weighted by their use: code, results and the leaderboards they are on.',
  },
];

const PARAMS = ['tab', ...FACET_KEYS] as const;

/**
 * /papers — the latest papers, the latest with code, and the trending ones, one tab each, narrowed
 * by the facets (year, code, task, dataset, method, framework, venue; kept in the URL).
 */
export function PapersPage() {
  usePageMeta({ title: 'Papers', description: 'The latest and trending machine-learning papers, with their code.' });
  const [state, setState] = useUrlState(PARAMS);
  const tab = TABS.find((t) => t.id === state.tab) ?? TABS[0]!;
  // "Latest with code" is the code facet chosen for good.
  const codeFixed = Boolean(tab.filter?.hasCode);
  const facets: FacetState = codeFixed ? { ...state, code: 'true' } : state;
  const variables = { filter: facetFilter('', facets), orderBy: tab.orderBy };
  const { data, previousData, loading, error, fetchMore } = useQuery(PapersPageQuery, { variables });
  const shown = data ?? previousData;
  const more = useLoadMore(() => fetchMore({ variables: { ...variables, after: paperListEndCursor(data?.papers) } }));
  if (error) throw error;

  return (
    <>
      <PageHeader title="Papers" lead={tab.lead} />
      <div className="tabs-row">
        <nav className="tabs" aria-label="Paper lists">
          {TABS.map((t) => (
            <Link
              key={t.id}
              to={t.id === TABS[0]!.id ? '/papers' : `/papers?tab=${t.id}`}
              className={t.id === tab.id ? 'tab is-active' : 'tab'}
              aria-current={t.id === tab.id ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setState({ tab: t.id === TABS[0]!.id ? '' : t.id, ...(t.filter?.hasCode ? { code: '' } : {}) });
              }}
            >
              {t.label}
            </Link>
          ))}
        </nav>
        <FeedLink href="/feeds/papers.atom" title="Latest papers" />
      </div>
      <div className="with-facets">
        <PaperFacetsPanel
          query=""
          state={facets}
          onChange={(changes) => setState(codeFixed ? { ...changes, code: undefined } : changes)}
        />
        <section aria-label={tab.label}>
          <h2 className="visually-hidden">{tab.label}</h2>
          {loading && shown && <InlineLoading />}
          {shown ? (
            <PaperList connection={shown.papers} loadMore={more} empty="No papers match these filters." />
          ) : (
            <PageLoading label="Loading papers…" />
          )}
        </section>
      </div>
      {tab.id === 'trending' && (
        <p className="muted small">
          Trending: highest e<sup>(days since 2000 ÷ 30)</sup> × (1 + code links + results + 2 × leaderboards) first — a
          paper needs about 2.7× the activity of one published a month later to rank above it.
        </p>
      )}
    </>
  );
}
