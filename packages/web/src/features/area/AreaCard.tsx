import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { plural } from '../../ui/format';

export const AreaCard_area = graphql(`
  fragment AreaCard_area on Area {
    id
    slug
    name
    taskCount
    benchmarkCount
    tasks(first: 5, topLevel: true) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);

/** A research area with its most-studied tasks. */
export function AreaCard(props: { area: FragmentType<typeof AreaCard_area> }) {
  const area = getFragmentData(AreaCard_area, props.area);
  return (
    <article className="card area-card">
      <h3>
        <Link to={`/area/${area.slug}`}>{area.name}</Link>
      </h3>
      <p className="muted">
        {plural(area.taskCount, 'task')} · {plural(area.benchmarkCount, 'benchmark')}
      </p>
      {area.tasks.edges.length > 0 && (
        <ul className="plain-list">
          {area.tasks.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/task/${node.slug}`}>{node.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
