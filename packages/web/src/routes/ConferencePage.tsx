import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { ReportedResults } from '../features/venue/ReportedResults';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { plural } from '../ui/format';
import { PageLoading } from '../ui/Loading';
import { usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// The old site's /conference/<slug> named a proceeding (neurips-2019-12); a venue (neurips) has one too.
const ConferencePageQuery = graphql(`
  query ConferencePage($slug: String!) {
    venue(slug: $slug) {
      id
      slug
      name
      paperCount
      proceedings(first: 100) {
        id
        slug
        name
        year
        month
        paperCount
      }
      papers(first: 20) {
        ...PaperList_connection
      }
      results(first: 50) {
        ...ReportedResults_result
      }
    }
    proceeding(slug: $slug) {
      id
      slug
      name
      year
      month
      paperCount
      venue {
        id
        slug
        name
      }
      papers(first: 20) {
        ...PaperList_connection
      }
      results(first: 50) {
        ...ReportedResults_result
      }
    }
  }
`);

const VenuePapersMore = graphql(`
  query VenuePapersMore($slug: String!, $after: String) {
    venue(slug: $slug) {
      id
      papers(first: 20, after: $after) {
        ...PaperList_connection
      }
    }
  }
`);

const ProceedingPapersMore = graphql(`
  query ProceedingPapersMore($slug: String!, $after: String) {
    proceeding(slug: $slug) {
      id
      papers(first: 20, after: $after) {
        ...PaperList_connection
      }
    }
  }
`);

/** "December 2019", "2019", or nothing. */
function editionDate(year: number | null, month: number | null): string {
  if (year === null) return '';
  return month ? `${MONTHS[month - 1]} ${year}` : String(year);
}

/**
 * /conference/:slug — a venue (NeurIPS: its proceedings, papers and the results they report) or
 * one proceeding of it (NeurIPS 2019), as the old site's paths named them.
 */
export function ConferencePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(ConferencePageQuery, { variables: { slug } });
  const venue = data?.venue;
  const proceeding = venue ? null : data?.proceeding;
  const loadMore = useLoadMore(() =>
    venue
      ? fetchMore({ query: VenuePapersMore, variables: { slug, after: paperListEndCursor(venue.papers) } })
      : fetchMore({ query: ProceedingPapersMore, variables: { slug, after: paperListEndCursor(proceeding?.papers) } }),
  );
  const title = venue?.name ?? proceeding?.name ?? 'Conference';
  usePageMeta({
    title,
    description:
      venue || proceeding
        ? `${title}: ${plural((venue ?? proceeding)!.paperCount, 'paper')} and the leaderboard results they report.`
        : null,
  });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading conference…" />;

  if (venue) {
    return (
      <article className="conference-page">
        <Breadcrumbs items={[{ label: 'Conferences' }, { label: venue.name }]} />
        <header className="page-header">
          <h1>{venue.name}</h1>
          <p className="meta">
            <span>{plural(venue.paperCount, 'paper')}</span>
            <span>{plural(venue.proceedings.length, 'proceeding')}</span>
          </p>
        </header>
        <Section id="proceedings" title="Proceedings" count={venue.proceedings.length}>
          <ul className="proceedings">
            {venue.proceedings.map((p) => (
              <li key={p.id}>
                <Link to={`/conference/${p.slug}`}>{p.name}</Link>
                <span className="muted">
                  {[editionDate(p.year, p.month), plural(p.paperCount, 'paper')].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="papers" title="Papers" count={venue.paperCount}>
          <PaperList connection={venue.papers} loadMore={loadMore} />
        </Section>
        <Section id="results" title="Results reported">
          <ReportedResults results={venue.results} empty="Its papers report no leaderboard results yet." />
        </Section>
      </article>
    );
  }
  if (!proceeding) throw new NotFoundError('conference', slug);
  const date = editionDate(proceeding.year, proceeding.month);
  return (
    <article className="conference-page">
      <Breadcrumbs
        items={[
          { label: 'Conferences' },
          { label: proceeding.venue.name, to: `/conference/${proceeding.venue.slug}` },
          { label: proceeding.name },
        ]}
      />
      <header className="page-header">
        <h1>{proceeding.name}</h1>
        <p className="meta">
          {date && <span>{date}</span>}
          <span>{plural(proceeding.paperCount, 'paper')}</span>
          <Link to={`/conference/${proceeding.venue.slug}`}>All {proceeding.venue.name} proceedings</Link>
        </p>
      </header>
      <Section id="papers" title="Papers" count={proceeding.paperCount}>
        <PaperList connection={proceeding.papers} loadMore={loadMore} />
      </Section>
      <Section id="results" title="Results reported">
        <ReportedResults results={proceeding.results} empty="Its papers report no leaderboard results yet." />
      </Section>
    </article>
  );
}
