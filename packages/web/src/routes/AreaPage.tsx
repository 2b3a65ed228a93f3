import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { BenchmarkTable } from '../features/benchmark/BenchmarkTable';
import { TaskGrid } from '../features/task/TaskCard';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { plural } from '../ui/format';
import { LoadMore } from '../ui/LoadMore';
import { PageLoading } from '../ui/Loading';
import { Markdown } from '../ui/markdown/Markdown';
import { summarize, usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';

const AreaPageQuery = graphql(`
  query AreaPage($slug: String!) {
    area(slug: $slug) {
      id
      slug
      name
      description
      taskCount
      benchmarkCount
      tasks(first: 24, topLevel: true) {
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
      benchmarks(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...BenchmarkTable_benchmark
          }
        }
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
    }
  }
`);

const AreaBenchmarksMore = graphql(`
  query AreaBenchmarksMore($slug: String!, $after: String) {
    area(slug: $slug) {
      id
      benchmarks(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...BenchmarkTable_benchmark
          }
        }
      }
    }
  }
`);

/** /area/:slug — a research area's tasks, leaderboards and method collections. */
export function AreaPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(AreaPageQuery, { variables: { slug } });
  const area = data?.area;
  const tasksCursor = area?.tasks.pageInfo.endCursor ?? null;
  const benchmarksCursor = area?.benchmarks.pageInfo.endCursor ?? null;
  const moreTasks = useLoadMore(
    useCallback(
      () => fetchMore({ query: AreaTasksMore, variables: { slug, after: tasksCursor } }),
      [fetchMore, slug, tasksCursor],
    ),
  );
  const moreBenchmarks = useLoadMore(
    useCallback(
      () => fetchMore({ query: AreaBenchmarksMore, variables: { slug, after: benchmarksCursor } }),
      [fetchMore, slug, benchmarksCursor],
    ),
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

  return (
    <article className="area-page">
      <Breadcrumbs items={[{ label: 'State of the art', to: '/sota' }, { label: area.name }]} />
      <header className="page-header">
        <p className="eyebrow">Research area</p>
        <h1>{area.name}</h1>
        <p className="meta">
          <span>{plural(area.taskCount, 'task')}</span>
          <span>{plural(area.benchmarkCount, 'benchmark')}</span>
        </p>
      </header>
      {area.description && <Markdown className="description">{area.description}</Markdown>}
      <Section id="tasks" title="Tasks" count={area.tasks.totalCount}>
        <TaskGrid tasks={area.tasks.edges.map((edge) => edge.node)} />
        <LoadMore
          noun="tasks"
          shown={area.tasks.edges.length}
          total={area.tasks.totalCount}
          hasMore={area.tasks.pageInfo.hasNextPage}
          loading={moreTasks.loading}
          failed={Boolean(moreTasks.error)}
          onLoadMore={moreTasks.load}
        />
      </Section>
      <Section id="benchmarks" title="Leaderboards" count={area.benchmarks.totalCount}>
        <BenchmarkTable
          benchmarks={area.benchmarks.edges.map((edge) => edge.node)}
          label="both"
          caption={`Leaderboards in ${area.name}`}
        />
        <LoadMore
          noun="leaderboards"
          shown={area.benchmarks.edges.length}
          total={area.benchmarks.totalCount}
          hasMore={area.benchmarks.pageInfo.hasNextPage}
          loading={moreBenchmarks.loading}
          failed={Boolean(moreBenchmarks.error)}
          onLoadMore={moreBenchmarks.load}
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
