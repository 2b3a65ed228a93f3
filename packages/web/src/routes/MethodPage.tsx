import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { MethodHeader } from '../features/method/MethodHeader';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { EditableDescription } from '../features/contribution/EditableDescription';
import { summarize, usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';

const MethodPageQuery = graphql(`
  query MethodPage($slug: String!) {
    method(slug: $slug) {
      id
      slug
      name
      fullName
      description
      ...MethodHeader_method
      papers(first: 20) {
        ...PaperList_connection
      }
    }
  }
`);

const MethodPapersMore = graphql(`
  query MethodPapersMore($slug: String!, $after: String) {
    method(slug: $slug) {
      id
      papers(first: 20, after: $after) {
        ...PaperList_connection
      }
    }
  }
`);

/** /method/:slug — the method's description (with LaTeX), origin and the papers using it. */
export function MethodPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(MethodPageQuery, { variables: { slug } });
  const method = data?.method;
  const loadMore = useLoadMore(() =>
    fetchMore({ query: MethodPapersMore, variables: { slug, after: paperListEndCursor(method?.papers) } }),
  );
  usePageMeta({
    title: method
      ? method.fullName && method.fullName !== method.name
        ? `${method.name}: ${method.fullName}`
        : method.name
      : 'Method',
    description: summarize(method?.description?.replace(/\$+[^$]*\$+/g, '')),
  });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading method…" />;
  if (!method) throw new NotFoundError('method', slug);

  return (
    <article className="method-page">
      <Breadcrumbs items={[{ label: 'Methods', to: '/methods' }, { label: method.name }]} />
      <MethodHeader method={method} />
      <EditableDescription type="METHOD" slug={method.slug} description={method.description} entityId={method.id} />
      <Section id="papers" title="Papers using this method">
        <PaperList connection={method.papers} loadMore={loadMore} empty="No papers use this method yet." />
      </Section>
    </article>
  );
}
