import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { PagedBenchmarkTable, pagedBenchmarkTableEndCursor } from '../features/benchmark/PagedBenchmarkTable';
import { TaskGrid } from '../features/task/TaskCard';
import { getFragmentData, graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { plural } from '../ui/format';
import { ConnectionLoadMore } from '../ui/LoadMore';
import { PageLoading } from '../ui/Loading';
import { Markdown } from '../ui/markdown/Markdown';
import { summarize, usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';
import { FeedLink } from '../features/feed/FeedLink';

/** A page of the area's top-level tasks; the first page and every next one select the same. */
const AreaPage_tasks = graphql(`
  fragment AreaPage_tasks on TaskConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...TaskCard_task
      }
    }
  }
`);

const AreaPageQuery = graphql(`
  query AreaPage($slug: String!) {
    area(slug: $slug) {
      id
      slug
      name
      description
      taskCount
      benchmarkCount
      archiveTaskCount
      tasks(first: 24, topLevel: true) {
        ...AreaPage_tasks
      }
      benchmarks(first: 20) {
        totalCount
        ...PagedBenchmarkTable_connection
      }
      methodCollections {
        id
        slug
        name
      }
    }
  }
`);

const AreaTasksMore = graphql(`
  query AreaTasksMore($slug: String!, $after: String) {
    area(slug: $slug) {
      id
      tasks(first: 24, after: $after, topLevel: true) {
        ...AreaPage_tasks
      }
    }
  }
`);

const AreaBenchmarksMore = graphql(`
  query AreaBenchmarksMore($slug: String!, $after: String) {
    area(slug: $slug) {
      id
      benchmarks(first: 20, after: $after) {
        ...PagedBenchmarkTable_connection
      }
    }
  }
`);

/** /area/:slug — a research area's tasks, leaderboards and method collections. */
export function AreaPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(AreaPageQuery, { variables: { slug } });
  const area = data?.area;
  const tasksCursor = area ? getFragmentData(AreaPage_tasks, area.tasks).pageInfo.endCursor : null;
  const moreTasks = useLoadMore(() => fetchMore({ query: AreaTasksMore, variables: { slug, after: tasksCursor } }));
  const moreBenchmarks = useLoadMore(() =>
    fetchMore({
      query: AreaBenchmarksMore,
      variables: { slug, after: pagedBenchmarkTableEndCursor(area?.benchmarks) },
    }),
  );
  usePageMeta({
    title: area?.name ?? 'Area',
    description: area
      ? (summarize(area.description) ??
        `${area.name}: ${plural(area.taskCount, 'task')} and ${plural(area.benchmarkCount, 'benchmark')} with state-of-the-art results.`)
      : undefined,
  });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading area…" />;
  if (!area) throw new NotFoundError('area', slug);
  const tasks = getFragmentData(AreaPage_tasks, area.tasks);

  return (
    <article className="area-page">
      <Breadcrumbs items={[{ label: 'State of the art', to: '/sota' }, { label: area.name }]} />
      <header className="page-header">
        <p className="eyebrow">Research area</p>
        <h1>{area.name}</h1>
        <p className="meta">
          <span>{plural(area.taskCount, 'task')}</span>
          <span>{plural(area.benchmarkCount, 'benchmark')}</span>
          <FeedLink
            href={`/area/${encodeURIComponent(area.slug)}/feed.atom`}
            title="Latest papers"
            label="Papers feed"
          />
        </p>
      </header>
      {area.archiveTaskCount != null && (
        <p className="muted">
          The final Papers with Code archive (July 2025) counted {plural(area.archiveTaskCount, 'task')} in {area.name}.
        </p>
      )}
      {area.description && <Markdown className="description">{area.description}</Markdown>}
      <Section id="tasks" title="Tasks" count={tasks.totalCount}>
        <TaskGrid tasks={tasks.edges.map((edge) => edge.node)} />
        <ConnectionLoadMore noun="tasks" connection={tasks} more={moreTasks} />
      </Section>
      <Section id="benchmarks" title="Leaderboards" count={area.benchmarks.totalCount}>
        <PagedBenchmarkTable
          connection={area.benchmarks}
          loadMore={moreBenchmarks}
          label="both"
          caption={`Leaderboards in ${area.name}`}
        />
      </Section>
      {area.methodCollections.length > 0 && (
        <Section id="methods" title="Method collections" count={area.methodCollections.length}>
          <ul className="tags">
            {area.methodCollections.map((collection) => (
              <li key={collection.id}>
                <Link className="tag" to={`/methods?collection=${encodeURIComponent(collection.slug)}`}>
                  {collection.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
