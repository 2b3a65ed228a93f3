import { formatMetricValue } from '@pwc/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';

export const BenchmarkCard_benchmark = graphql(`
  fragment BenchmarkCard_benchmark on Benchmark {
    id
    slug
    resultCount
    task {
      id
      name
    }
    dataset {
      id
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
      }
    }
  }
`);

/** A notable leaderboard: task, dataset, and who holds the state of the art. */
export function BenchmarkCard(props: { benchmark: FragmentType<typeof BenchmarkCard_benchmark> }) {
  const benchmark = getFragmentData(BenchmarkCard_benchmark, props.benchmark);
  const { best } = benchmark;
  return (
    <article className="card benchmark-card">
      <h3>
        <Link to={`/sota/${benchmark.slug}`} className="card__link">
          {benchmark.task.name} on {benchmark.dataset.name}
        </Link>
      </h3>
      {best?.value && (
        <p className="benchmark-card__best">
          <span className="benchmark-card__value">{formatMetricValue(best.value.value, best.value.raw)}</span>{' '}
          <span className="muted">{best.metric.name}</span>
          <br />
          <span>{best.result.modelName}</span>
        </p>
      )}
      <p className="muted">{benchmark.resultCount.toLocaleString('en-US')} results</p>
    </article>
  );
}
