import { formatMetricValue } from '@pwc/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';

export const BenchmarkTable_benchmark = graphql(`
  fragment BenchmarkTable_benchmark on Benchmark {
    id
    slug
    resultCount
    task {
      id
      slug
      name
    }
    dataset {
      id
      slug
      name
    }
    best {
      value {
        raw
        value
      }
      metric {
        id
        name
      }
      result {
        id
        modelName
        paper {
          id
          slug
        }
      }
    }
  }
`);

export interface BenchmarkTableProps {
  benchmarks: ReadonlyArray<FragmentType<typeof BenchmarkTable_benchmark>>;
  /** What names the leaderboard in the first column. */
  label: 'dataset' | 'task' | 'both';
  caption: string;
}

/**
 * Leaderboards with their best model and value, each linked to its page. On a phone each row is
 * a small block (styles.css): the leaderboard and its best model at the left, the value, its
 * metric and the number of results at the right.
 */
export function BenchmarkTable(props: BenchmarkTableProps) {
  const benchmarks = getFragmentData(BenchmarkTable_benchmark, props.benchmarks);
  if (benchmarks.length === 0) return <p className="muted">No leaderboards yet.</p>;
  const heading = { dataset: 'Dataset', task: 'Task', both: 'Leaderboard' }[props.label];
  return (
    <div className="table-scroll">
      <table className="table benchmark-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Best model</th>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Best value
            </th>
            <th scope="col" className="num">
              Results
            </th>
          </tr>
        </thead>
        <tbody>
          {benchmarks.map((benchmark) => {
            const name =
              props.label === 'dataset'
                ? benchmark.dataset.name
                : props.label === 'task'
                  ? benchmark.task.name
                  : `${benchmark.task.name} on ${benchmark.dataset.name}`;
            const best = benchmark.best;
            return (
              <tr key={benchmark.id}>
                <th scope="row" className="benchmark-table__name">
                  <Link to={`/sota/${benchmark.slug}`}>{name}</Link>
                </th>
                <td className="benchmark-table__model">
                  {best?.result.paper ? (
                    <Link to={`/paper/${best.result.paper.slug}`}>{best.result.modelName}</Link>
                  ) : (
                    (best?.result.modelName ?? '—')
                  )}
                </td>
                <td className="benchmark-table__metric">{best?.metric.name ?? '—'}</td>
                <td className="num benchmark-table__value">
                  {best?.value ? formatMetricValue(best.value.value, best.value.raw) : '—'}
                </td>
                <td className="num benchmark-table__count">
                  {benchmark.resultCount.toLocaleString('en-US')}
                  <span className="benchmark-table__unit"> {benchmark.resultCount === 1 ? 'result' : 'results'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
