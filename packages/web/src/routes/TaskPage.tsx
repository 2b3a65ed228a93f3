import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFoundError } from '../app/errors';
import { useLoadMore } from '../app/use-load-more';
import { BenchmarkTable } from '../features/benchmark/BenchmarkTable';
import { PaperList, paperListEndCursor } from '../features/paper/PaperList';
import { TaskGrid } from '../features/task/TaskCard';
import { TaskHeader } from '../features/task/TaskHeader';
import { graphql } from '../graphql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { PageLoading } from '../ui/Loading';
import { EditableDescription } from '../features/contribution/EditableDescription';
import { summarize, usePageMeta } from '../ui/page-meta';
import { Section } from '../ui/Section';
import { TagList } from '../ui/TagList';
import { FeedLink } from '../features/feed/FeedLink';

const TaskPageQuery = graphql(`
  query TaskPage($slug: String!) {
    task(slug: $slug) {
      id
      slug
      name
      description
      area {
        id
        slug
        name
      }
      ...TaskHeader_task
      subtasks {
        id
        ...TaskCard_task
      }
      benchmarks {
        id
        ...BenchmarkTable_benchmark
      }
      datasets {
        id
        slug
        name
      }
      papers(first: 20) {
        ...PaperList_connection
      }
    }
  }
`);

const TaskPapersMore = graphql(`
  query TaskPapersMore($slug: String!, $after: String) {
    task(slug: $slug) {
      id
      papers(first: 20, after: $after) {
        ...PaperList_connection
      }
    }
  }
`);

/** /task/:slug — description, hierarchy, benchmarks, datasets and papers of a task. */
export function TaskPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(TaskPageQuery, { variables: { slug } });
  const task = data?.task;
  const loadMore = useLoadMore(() =>
    fetchMore({ query: TaskPapersMore, variables: { slug, after: paperListEndCursor(task?.papers) } }),
  );
  usePageMeta({
    title: task?.name ?? 'Task',
    description: task ? (summarize(task.description) ?? `Benchmarks, datasets and papers on ${task.name}.`) : undefined,
  });
  if (error) throw error;
  if (loading || !data) return <PageLoading label="Loading task…" />;
  if (!task) throw new NotFoundError('task', slug);

  return (
    <article className="task-page">
      <Breadcrumbs
        items={[
          { label: 'State of the art', to: '/sota' },
          ...(task.area ? [{ label: task.area.name, to: `/area/${task.area.slug}` }] : []),
          { label: task.name },
        ]}
      />
      <TaskHeader task={task} />
      <EditableDescription type="TASK" slug={task.slug} description={task.description} entityId={task.id} />
      <Section id="benchmarks" title="Benchmarks" count={task.benchmarks.length}>
        <BenchmarkTable benchmarks={task.benchmarks} label="dataset" caption={`Leaderboards of ${task.name}`} />
      </Section>
      {task.subtasks.length > 0 && (
        <Section id="subtasks" title="Subtasks" count={task.subtasks.length}>
          <TaskGrid tasks={task.subtasks} />
        </Section>
      )}
      {task.datasets.length > 0 && (
        <Section id="datasets" title="Datasets" count={task.datasets.length}>
          <TagList
            label="Datasets"
            tags={task.datasets.map((d) => ({ key: d.id, label: d.name, to: `/dataset/${d.slug}` }))}
          />
        </Section>
      )}
      <Section
        id="papers"
        title="Papers"
        actions={
          <FeedLink
            href={`/task/${encodeURIComponent(task.slug)}/feed.atom`}
            title="Latest papers"
            label="Papers feed"
          />
        }
      >
        <PaperList connection={task.papers} loadMore={loadMore} empty="No papers on this task yet." />
      </Section>
    </article>
  );
}
