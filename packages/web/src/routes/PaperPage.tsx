import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { PaperHeader } from '../features/paper/PaperHeader';
import { PaperLinks } from '../features/paper/PaperLinks';
import { PaperMethods } from '../features/paper/PaperMethods';
import { PaperResults } from '../features/paper/PaperResults';
import { RelatedPapers } from '../features/paper/RelatedPapers';
import { serverOrigin } from '../env';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { summarize, usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';

// "Add code" (issue 12) and "Embed & export" load after the paper is on screen: they are not needed
// to read the paper, and the page's first load has a budget (scripts/bundle-size.mjs, issue 13).
const PaperCodeForm = lazy(() =>
  import('../features/contribution/PaperCodeForm').then((m) => ({ default: m.PaperCodeForm })),
);
const PaperShare = lazy(() => import('../features/share/PaperShare').then((m) => ({ default: m.PaperShare })));

const PaperPageQuery = graphql(`
  query PaperPage($slug: String!) {
    paper(slug: $slug) {
      id
      slug
      title
      abstract
      repositories {
        repository {
          id
          url
        }
      }
      ...PaperHeader_paper
      ...PaperLinks_paper
      ...PaperResults_paper
      ...PaperMethods_paper
      ...RelatedPapers_paper
      ...PaperShare_paper
    }
  }
`);

function shortTitle(title: string): string {
  return title.length > 60 ? `${title.slice(0, 57)}…` : title;
}

/** /paper/:slug — everything the old paper page showed, and links into the leaderboards. */
export function PaperPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(PaperPageQuery, { variables: { slug } });
  const client = useApolloClient();
  // After a published contribution: asked again into the cache, without the page's loading state.
  const reload = async () => {
    const reply = await client.query({ query: PaperPageQuery, variables: { slug }, fetchPolicy: 'network-only' });
    return reply.data?.paper?.repositories.map((link) => link.repository.url) ?? [];
  };
  const paper = data?.paper;
  usePageMeta({ title: paper?.title ?? 'Paper', description: summarize(paper?.abstract) });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading paper…" />;
  if (!paper) throw new NotFoundError('paper', slug);

  return (
    <article className="paper-page">
      <Breadcrumbs items={[{ label: 'Papers', to: '/' }, { label: shortTitle(paper.title) }]} />
      <PaperHeader paper={paper} />
      <PaperLinks paper={paper} />
      <Suspense fallback={null}>
        <PaperCodeForm
          slug={paper.slug}
          linked={paper.repositories.map((link) => link.repository.url)}
          onPublished={reload}
        />
      </Suspense>
      <Section id="abstract" title="Abstract">
        {paper.abstract ? <p className="abstract">{paper.abstract}</p> : <p className="muted">No abstract.</p>}
      </Section>
      <Section id="results" title="Results">
        <PaperResults paper={paper} />
      </Section>
      <Section id="methods" title="Methods">
        <PaperMethods paper={paper} />
      </Section>
      <Section id="related" title="Related papers">
        <RelatedPapers paper={paper} />
      </Section>
      <Suspense fallback={null}>
        <PaperShare paper={paper} origin={serverOrigin()} query={PaperPageQuery} variables={{ slug }} />
      </Suspense>
    </article>
  );
}
