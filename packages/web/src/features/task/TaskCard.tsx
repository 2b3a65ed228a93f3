import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { CardGrid } from '../../ui/CardGrid';
import { plural } from '../../ui/format';

export const TaskCard_task = graphql(`
  fragment TaskCard_task on Task {
    id
    slug
    name
    paperCount
    benchmarkCount
  }
`);

/** A task in a grid: name and how much work there is on it. */
export function TaskCard(props: { task: FragmentType<typeof TaskCard_task> }) {
  const task = getFragmentData(TaskCard_task, props.task);
  return (
    <article className="card task-card">
      <h3>
        <Link to={`/task/${task.slug}`} className="card__link">
          {task.name}
        </Link>
      </h3>
      <p className="muted">
        {plural(task.benchmarkCount, 'benchmark')} · {plural(task.paperCount, 'paper')}
      </p>
    </article>
  );
}

/** A grid of task cards. */
export function TaskGrid({ tasks }: { tasks: ReadonlyArray<{ id: string } & FragmentType<typeof TaskCard_task>> }) {
  return <CardGrid items={tasks}>{(task) => <TaskCard task={task} />}</CardGrid>;
}
