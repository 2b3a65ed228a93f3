import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useLoadMore } from '../app/use-load-more';
import { useUrlState } from '../app/use-url-state';
import { AreaFilter } from '../features/area/AreaFilter';
import { TaskCard } from '../features/task/TaskCard';
import { getFragmentData, graphql } from '../graphql';
import type { TaskOrder } from '../graphql/graphql';
import { CardGrid } from '../ui/CardGrid';
import { knownValue, SelectFilter } from '../ui/FilterBar';
import { InlineLoading, PageLoading } from '../ui/Loading';
import { ConnectionLoadMore } from '../ui/LoadMore';
import { PageHeader } from '../ui/PageHeader';
import { usePageMeta } from '../ui/page-meta';

/** A page of the task list; the first page and every next one select the same. */
const TasksPage_tasks = graphql(`
  fragment TasksPage_tasks on TaskConnection {
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

const TasksPageQuery = graphql(`
  query TasksPage($filter: TaskFilter, $orderBy: TaskOrder!) {
    areas(first: 50, orderBy: NAME_ASC) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
    tasks(first: 24, filter: $filter, orderBy: $orderBy) {
      ...TasksPage_tasks
    }
  }
`);

const TasksMore = graphql(`
  query TasksMore($filter: TaskFilter, $orderBy: TaskOrder!, $after: String) {
    tasks(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {
      ...TasksPage_tasks
    }
  }
`);

const ORDERS: ReadonlyArray<{ value: TaskOrder; label: string }> = [
  { value: 'PAPER_COUNT_DESC', label: 'Most studied' },
  { value: 'BENCHMARK_COUNT_DESC', label: 'Most benchmarks' },
  { value: 'NAME_ASC', label: 'A–Z' },
];

/** How long typing pauses before the list follows the name typed. */
const TYPING_PAUSE_MS = 250;

/** /tasks — every task, by area, most-studied first, filtered by name as you type. */
export function TasksPage() {
  usePageMeta({ title: 'Tasks', description: 'Every machine-learning task, its benchmarks and papers.' });
  const [state, setState] = useUrlState(['q', 'area', 'sort'] as const);
  const [typed, setTyped] = useState(state.q);
  const inputId = useId();
  useEffect(() => {
    if (typed.trim() === state.q) return;
    const timer = setTimeout(() => setState({ q: typed.trim() }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, state.q, setState]);

  const orderBy = knownValue(ORDERS, state.sort, 'PAPER_COUNT_DESC');
  const filter = { query: state.q || undefined, area: state.area || undefined };
  const { data, previousData, loading, error, fetchMore } = useQuery(TasksPageQuery, {
    variables: { filter, orderBy },
  });
  const shown = data ?? previousData;
  const cursor = data ? getFragmentData(TasksPage_tasks, data.tasks).pageInfo.endCursor : null;
  const more = useLoadMore(() => fetchMore({ query: TasksMore, variables: { filter, orderBy, after: cursor } }));
  if (error) throw error;
  if (!shown) return <PageLoading label="Loading tasks…" />;
  const tasks = getFragmentData(TasksPage_tasks, shown.tasks);

  return (
    <>
      <PageHeader title="Tasks" lead="What machine learning is asked to do, with its benchmarks and papers." />
      <form className="filter-bar" role="search" aria-label="Find a task" onSubmit={(e) => e.preventDefault()}>
        <div className="control">
          <label htmlFor={inputId}>Find a task</label>
          <input
            id={inputId}
            type="search"
            value={typed}
            placeholder="name, e.g. question answering"
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <AreaFilter
          areas={shown.areas.edges.map((edge) => edge.node)}
          value={state.area}
          onChange={(area) => setState({ area })}
        />
        <SelectFilter label="Sort" value={orderBy} options={ORDERS} onChange={(sort) => setState({ sort })} />
      </form>
      <section aria-label="Tasks">
        <h2 className="visually-hidden">Tasks</h2>
        {loading && <InlineLoading />}
        <CardGrid items={tasks.edges.map((edge) => edge.node)} empty="No tasks match the filters.">
          {(task) => <TaskCard task={task} />}
        </CardGrid>
        <ConnectionLoadMore noun="tasks" connection={tasks} more={more} />
      </section>
    </>
  );
}
