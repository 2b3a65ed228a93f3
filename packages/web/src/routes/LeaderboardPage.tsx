import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { Leaderboard } from '../features/benchmark/Leaderboard';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { usePageMeta } from '../ui/page-meta';
import { FeedLink } from '../features/feed/FeedLink';
import { AsOfBar } from '../features/history/AsOfBar';
import { parseAsOf } from '../features/history/as-of';
import { PendingOnBoard } from '../features/contribution/PendingOnBoard';
import { BoardEditing } from '../features/contribution/BoardEditing';

const LeaderboardPageQuery = graphql(`
  query LeaderboardPage($slug: String!, $asOf: DateTime) {
    benchmark(slug: $slug, asOf: $asOf) {
      id
      asOf
      historyStartsAt
      slug
      resultCount
      task {
        id
        slug
        name
        area {
          id
          slug
          name
        }
      }
      dataset {
        id
        slug
        name
        fullName
      }
      ...Leaderboard_benchmark
    }
  }
`);

/**
 * /sota/:slug — a leaderboard with its SotA chart; ?p=<paper> highlights a paper's rows, and
 * ?asOf=YYYY-MM-DD shows the board as it stood at the end of that day (issue 12).
 */
export function LeaderboardPage() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const choice = useMemo(() => parseAsOf(asOfParam), [asOfParam]);
  const setAsOf = (day: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (day) next.set('asOf', day);
        else next.delete('asOf');
        return next;
      },
      { preventScrollReset: true },
    );
  const { data, error } = useQuery(LeaderboardPageQuery, { variables: { slug, asOf: choice.asOf } });
  const benchmark = data?.benchmark;

  const name = benchmark ? `${benchmark.task.name} on ${benchmark.dataset.name}` : 'Leaderboard';
  usePageMeta({
    title: benchmark ? `${name}: state of the art` : name,
    description: benchmark
      ? `The state of the art in ${benchmark.task.name} on ${benchmark.dataset.name}: ${benchmark.resultCount} results ranked, with the progress over time, papers and code.`
      : undefined,
  });
  if (error) throw error;
  // Not while refetching (after an edit on the board): the board and its editing state stay.
  if (!data) return <PageLoading label="Loading leaderboard…" />;
  if (!benchmark) throw new NotFoundError('leaderboard', slug);

  const { task, dataset } = benchmark;
  return (
    <article className={choice.date ? 'leaderboard-page leaderboard-page--past' : 'leaderboard-page'}>
      <Breadcrumbs
        items={[
          { label: 'State of the art', to: '/sota' },
          ...(task.area ? [{ label: task.area.name, to: `/area/${task.area.slug}` }] : []),
          { label: task.name, to: `/task/${task.slug}` },
          { label: dataset.name },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Leaderboard</p>
        <h1>
          {task.name} on {dataset.name}
        </h1>
        <p className="meta">
          <span>
            Task: <Link to={`/task/${task.slug}`}>{task.name}</Link>
          </span>
          <span>
            Dataset: <Link to={`/dataset/${dataset.slug}`}>{dataset.fullName ?? dataset.name}</Link>
          </span>
          <FeedLink
            href={`/sota/${encodeURIComponent(benchmark.slug)}/feed.atom`}
            title="New state of the art on this leaderboard"
            label="New SotA feed"
          />
        </p>
      </header>
      <AsOfBar
        slug={benchmark.slug}
        choice={choice}
        historyStartsAt={benchmark.historyStartsAt == null ? null : String(benchmark.historyStartsAt)}
        resultCount={benchmark.resultCount}
        onChange={setAsOf}
      />
      {!choice.date && <PendingOnBoard slug={benchmark.slug} />}
      <BoardEditing slug={benchmark.slug} enabled={!choice.date}>
        <Leaderboard benchmark={benchmark} caption={`${name} leaderboard`} asOf={choice.asOf} />
      </BoardEditing>
    </article>
  );
}
