import { formatDate, type SotaPoint } from '@pwc/shared';
import { lazy, Suspense, useId, useMemo, useRef, type MouseEvent } from 'react';
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
  /** Called with the paper slug of a clicked point (or of a Highlight button of the data table). */
  onSelectPaper: (paperSlug: string) => void;
  /** The paper whose rows are highlighted, if any. */
  highlightedPaper?: string | null;
}

/** The id of the chart's data table, the target of its "View as table" link. */
export const SOTA_HISTORY_ID = 'sota-history';

/** State of the art over time: every result as a point, the best so far as a step line. */
export function SotaChart({ entries, history, metric, onSelectPaper, highlightedPaper = null }: SotaChartProps) {
  const points = useMemo(() => resultPoints(entries, metric.name), [entries, metric.name]);
  const steps = useMemo(() => historyPoints(history, metric.name), [history, metric.name]);
  const best = steps[steps.length - 1];
  const undated = entries.length - points.length;
  const captionId = useId();
  const details = useRef<HTMLDetailsElement>(null);
  // The canvas is a picture: the caption summarises it and the link opens its data as a table.
  const viewAsTable = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = details.current;
    if (!target) return;
    event.preventDefault();
    target.open = true;
    target.querySelector('summary')?.focus();
    target.scrollIntoView({ block: 'nearest' });
  };

  return (
    <figure className="sota-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{metric.name}</strong> over time ({directionLabel(metric.direction)}):{' '}
        {points.length.toLocaleString('en-US')} results, {steps.length} set a new state of the art
        {best && (
          <>
            ; best {best.label} by {best.modelName} ({best.date})
          </>
        )}
        .{undated > 0 && <span className="muted"> {undated} results without a date or value are not drawn.</span>}
        {history.length > 0 && (
          <>
            {' '}
            <a href={`#${SOTA_HISTORY_ID}`} className="sota-chart__as-table" onClick={viewAsTable}>
              View as table
            </a>
          </>
        )}
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
              describedBy={captionId}
              lowerIsBetter={metric.direction === 'LOWER_IS_BETTER'}
              onSelectPaper={onSelectPaper}
            />
          </Suspense>
        )}
      </div>
      {history.length > 0 && (
        <details className="sota-history" id={SOTA_HISTORY_ID} ref={details}>
          <summary>State-of-the-art history as a table</summary>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">
                Results that set a new state of the art in {metric.name}, oldest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Model</th>
                  <th scope="col" className="num">
                    {metric.name}
                  </th>
                  <th scope="col">Paper</th>
                  <th scope="col">
                    <span className="visually-hidden">On the leaderboard</span>
                  </th>
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
                    <td>
                      {step.row.paper && (
                        <HighlightButton
                          paper={step.row.paper}
                          pressed={step.row.paper.slug === highlightedPaper}
                          onSelectPaper={onSelectPaper}
                        />
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

/** Highlights a paper's rows in the leaderboard, as a click on its point in the chart does. */
function HighlightButton({
  paper,
  pressed,
  onSelectPaper,
}: {
  paper: { slug: string; title: string };
  pressed: boolean;
  onSelectPaper: (paperSlug: string) => void;
}) {
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-pressed={pressed}
      onClick={() => onSelectPaper(paper.slug)}
    >
      Highlight<span className="visually-hidden"> the results of {paper.title}</span>
    </button>
  );
}
