import { formatDate, type SotaPoint } from '@pwc/shared';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { InlineLoading } from '../../ui/Loading';
import { historyPoints, resultPoints } from './chart-points';
import { directionLabel, type LeaderboardEntry, type MetricColumn } from './leaderboard-rows';

// chart.js is its own chunk, loaded only when a leaderboard is shown.
const SotaChartCanvas = lazy(async () => ({
  default: (await import('./SotaChartCanvas')).SotaChartCanvas,
}));

export interface SotaChartProps {
  entries: readonly LeaderboardEntry[];
  history: readonly SotaPoint<LeaderboardEntry>[];
  metric: MetricColumn;
  /** Called with the paper slug of a clicked point. */
  onSelectPaper: (paperSlug: string) => void;
}

/** State of the art over time: every result as a point, the best so far as a step line. */
export function SotaChart({ entries, history, metric, onSelectPaper }: SotaChartProps) {
  const points = useMemo(() => resultPoints(entries, metric.name), [entries, metric.name]);
  const steps = useMemo(() => historyPoints(history, metric.name), [history, metric.name]);
  const best = steps[steps.length - 1];
  const undated = entries.length - points.length;

  return (
    <figure className="sota-chart" aria-labelledby="sota-chart-title">
      <figcaption id="sota-chart-title">
        <strong>{metric.name}</strong> over time ({directionLabel(metric.direction)}):{' '}
        {points.length.toLocaleString('en-US')} results, {steps.length} set a new state of the art
        {best && (
          <>
            ; best {best.label} by {best.modelName} ({best.date})
          </>
        )}
        .{undated > 0 && <span className="muted"> {undated} results without a date or value are not drawn.</span>}
      </figcaption>
      <div className="sota-chart__canvas" data-point-count={points.length} data-step-count={steps.length}>
        {points.length === 0 ? (
          <p className="muted">No dated results to draw for {metric.name}.</p>
        ) : (
          <Suspense fallback={<InlineLoading label="Loading chart…" />}>
            <SotaChartCanvas
              points={points}
              steps={steps}
              metricName={metric.name}
              lowerIsBetter={metric.direction === 'LOWER_IS_BETTER'}
              onSelectPaper={onSelectPaper}
            />
          </Suspense>
        )}
      </div>
      {history.length > 0 && (
        <details className="sota-history">
          <summary>State-of-the-art history as a table</summary>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Model</th>
                  <th scope="col" className="num">
                    {metric.name}
                  </th>
                  <th scope="col">Paper</th>
                </tr>
              </thead>
              <tbody>
                {history.map((step) => (
                  <tr key={step.row.id}>
                    <td className="nowrap">{formatDate(step.date)}</td>
                    <td>{step.row.modelName}</td>
                    <td className="num">{step.row.display[metric.name] ?? step.value}</td>
                    <td>
                      {step.row.paper ? (
                        <Link to={`/paper/${step.row.paper.slug}`}>{step.row.paper.title}</Link>
                      ) : (
                        (step.row.paperTitle ?? '—')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
