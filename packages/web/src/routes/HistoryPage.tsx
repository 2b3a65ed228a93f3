import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { RevisionHistory } from '../features/history/RevisionHistory';
import { graphql } from '../graphql';
import type { RevisionEntityType } from '../graphql/graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { usePageMeta } from '../ui/page-meta';

const HistorySubjectQuery = graphql(`
  query HistorySubject(
    $slug: String!
    $board: Boolean!
    $task: Boolean!
    $dataset: Boolean!
    $method: Boolean!
    $paper: Boolean!
  ) {
    benchmark(slug: $slug) @include(if: $board) {
      id
      slug
      task {
        id
        name
      }
      dataset {
        id
        name
      }
    }
    task(slug: $slug) @include(if: $task) {
      id
      name
    }
    dataset(slug: $slug) @include(if: $dataset) {
      id
      name
    }
    method(slug: $slug) @include(if: $method) {
      id
      name
    }
    paper(slug: $slug) @include(if: $paper) {
      id
      title
    }
  }
`);

/** The path segment of each kind of page that has a History, and what it lists. */
const KINDS = {
  sota: { type: 'BENCHMARK', noun: 'leaderboard' },
  task: { type: 'TASK', noun: 'task' },
  dataset: { type: 'DATASET', noun: 'dataset' },
  method: { type: 'METHOD', noun: 'method' },
  paper: { type: 'PAPER', noun: 'paper' },
} as const satisfies Record<string, { type: RevisionEntityType; noun: string }>;

type Kind = keyof typeof KINDS;

/** /sota/:slug/history (and /task, /dataset, /method, /paper): every recorded change of one object. */
function HistoryPage({ kind }: { kind: Kind }) {
  const { slug = '' } = useParams();
  const { type, noun } = KINDS[kind];
  const { data, loading, error } = useQuery(HistorySubjectQuery, {
    variables: {
      slug,
      board: kind === 'sota',
      task: kind === 'task',
      dataset: kind === 'dataset',
      method: kind === 'method',
      paper: kind === 'paper',
    },
  });
  const name = data?.benchmark
    ? `${data.benchmark.task.name} on ${data.benchmark.dataset.name}`
    : (data?.task?.name ?? data?.dataset?.name ?? data?.method?.name ?? data?.paper?.title);
  usePageMeta({ title: name ? `History of ${name}` : 'History' });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading history…" />;
  if (!name) throw new NotFoundError(noun, slug);
  const page = `/${kind}/${encodeURIComponent(slug)}`;
  return (
    <article className="history-page">
      <Breadcrumbs items={[{ label: name, to: page }, { label: 'History' }]} />
      <header className="page-header">
        <p className="eyebrow">History of a {noun}</p>
        <h1>{name}</h1>
        <p className="lead">
          Every change is recorded as a revision: who made it, when, why and from which source. Imports of the archive
          appear as <q>archive import</q>, one revision per file.
          {kind === 'sota' && (
            <>
              {' '}
              To see the board as it stood on a date, pick the date on <Link to={page}>the leaderboard</Link>.
            </>
          )}
        </p>
      </header>
      {/* The revisions' h3s sit under this heading (the outline has no gap for screen readers). */}
      <h2 className="visually-hidden">Revisions, newest first</h2>
      <RevisionHistory subject={{ type, slug }} />
    </article>
  );
}

export const BoardHistoryPage = () => <HistoryPage kind="sota" />;
export const TaskHistoryPage = () => <HistoryPage kind="task" />;
export const DatasetHistoryPage = () => <HistoryPage kind="dataset" />;
export const MethodHistoryPage = () => <HistoryPage kind="method" />;
export const PaperHistoryPage = () => <HistoryPage kind="paper" />;
