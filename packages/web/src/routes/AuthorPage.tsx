import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { ReportedResults } from '../features/venue/ReportedResults';
import { RepositoryList } from '../features/venue/RepositoryList';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { plural } from '../ui/format';
import { PageLoading } from '../ui/Loading';
import { usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';
import { TagList } from '../ui/TagList';

const AuthorPageQuery = graphql(`
  query AuthorPage($slug: String!) {
    author(slug: $slug) {
      id
      slug
      name
      paperCount
      papers(first: 20) {
        ...PaperList_connection
      }
      coAuthors(first: 30) {
        sharedPaperCount
        author {
          id
          slug
          name
        }
      }
      tasks(first: 30) {
        paperCount
        task {
          id
          slug
          name
        }
      }
      results(first: 50) {
        ...ReportedResults_result
      }
      repositories(first: 20) {
        ...RepositoryList_repository
      }
    }
  }
`);

const AuthorPapersMore = graphql(`
  query AuthorPapersMore($slug: String!, $after: String) {
    author(slug: $slug) {
      id
      papers(first: 20, after: $after) {
        ...PaperList_connection
      }
    }
  }
`);

/**
 * /author/:slug — one spelling of an author's name: their papers, co-authors, tasks, results and
 * code. The archive has names only, so "J. Devlin" and "Jacob Devlin" are two pages.
 */
export function AuthorPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(AuthorPageQuery, { variables: { slug } });
  const author = data?.author;
  const loadMore = useLoadMore(() =>
    fetchMore({ query: AuthorPapersMore, variables: { slug, after: paperListEndCursor(author?.papers) } }),
  );
  usePageMeta({
    title: author?.name ?? 'Author',
    description: author
      ? `Papers by ${author.name}: ${plural(author.paperCount, 'paper')}, with their code and results.`
      : null,
  });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading author…" />;
  if (!author) throw new NotFoundError('author', slug);

  return (
    <article className="author-page">
      <Breadcrumbs items={[{ label: 'Authors' }, { label: author.name }]} />
      <header className="page-header">
        <h1>{author.name}</h1>
        <p className="meta">
          <span>{plural(author.paperCount, 'paper')}</span>
        </p>
      </header>
      <Section id="papers" title="Papers" count={author.paperCount}>
        <PaperList connection={author.papers} loadMore={loadMore} empty="No papers by this name." />
      </Section>
      <Section id="co-authors" title="Co-authors">
        {author.coAuthors.length === 0 ? (
          <p className="muted">No co-authors on these papers.</p>
        ) : (
          <TagList
            label="Co-authors"
            tags={author.coAuthors.map(({ author: other, sharedPaperCount }) => ({
              key: other.id,
              label: other.name,
              to: `/author/${other.slug}`,
              note: plural(sharedPaperCount, 'paper'),
            }))}
          />
        )}
      </Section>
      <Section id="tasks" title="Tasks">
        {author.tasks.length === 0 ? (
          <p className="muted">None of these papers names a task.</p>
        ) : (
          <TagList
            label="Tasks"
            tags={author.tasks.map(({ task, paperCount }) => ({
              key: task.id,
              label: task.name,
              to: `/task/${task.slug}`,
              note: plural(paperCount, 'paper'),
            }))}
          />
        )}
      </Section>
      <Section id="results" title="Results">
        <ReportedResults results={author.results} empty="These papers report no leaderboard results." />
      </Section>
      <Section id="code" title="Code">
        <RepositoryList repositories={author.repositories} />
      </Section>
    </article>
  );
}
