import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { plural } from '../../ui/format';
import { TagList } from '../../ui/TagList';

export const TaskHeader_task = graphql(`
  fragment TaskHeader_task on Task {
    name
    synonyms
    paperCount
    benchmarkCount
    datasetCount
    areas {
      id
      slug
      name
    }
    parents {
      id
      slug
      name
    }
  }
`);

/** Task name, areas, parent tasks and counts. */
export function TaskHeader(props: { task: FragmentType<typeof TaskHeader_task> }) {
  const task = getFragmentData(TaskHeader_task, props.task);
  return (
    <header className="page-header">
      <p className="eyebrow">Task</p>
      <h1>{task.name}</h1>
      {task.synonyms.length > 0 && <p className="muted">Also known as {task.synonyms.join(', ')}</p>}
      <p className="meta">
        <span>{plural(task.paperCount, 'paper')}</span>
        <span>{plural(task.benchmarkCount, 'benchmark')}</span>
        <span>{plural(task.datasetCount, 'dataset')}</span>
      </p>
      <dl className="facts">
        {task.areas.length > 0 && (
          <div>
            <dt>Area</dt>
            <dd>
              <TagList
                label="Areas"
                tags={task.areas.map((area) => ({ key: area.id, label: area.name, to: `/area/${area.slug}` }))}
              />
            </dd>
          </div>
        )}
        {task.parents.length > 0 && (
          <div>
            <dt>Part of</dt>
            <dd>
              <TagList
                label="Parent tasks"
                tags={task.parents.map((parent) => ({
                  key: parent.id,
                  label: parent.name,
                  to: `/task/${parent.slug}`,
                }))}
              />
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
