import { useId } from 'react';
import { directionLabel, type LeaderboardFilters, type MetricColumn } from './leaderboard-rows';

export interface LeaderboardControlsProps {
  metrics: readonly MetricColumn[];
  metric: MetricColumn | null;
  filters: LeaderboardFilters;
  onMetricChange: (name: string) => void;
  onFiltersChange: (filters: LeaderboardFilters) => void;
}

/** The ranking metric (also the chart's) and the row filters. */
export function LeaderboardControls({
  metrics,
  metric,
  filters,
  onMetricChange,
  onFiltersChange,
}: LeaderboardControlsProps) {
  const metricId = useId();
  const numeric = metrics.filter((m) => m.isNumeric);
  return (
    <div className="controls" role="group" aria-label="Leaderboard options">
      {numeric.length > 0 && (
        <div className="control">
          <label htmlFor={metricId}>Rank and chart by</label>
          <select id={metricId} value={metric?.name ?? ''} onChange={(event) => onMetricChange(event.target.value)}>
            {numeric.map((m) => (
              <option key={m.id} value={m.name}>
                {m.name} ({directionLabel(m.direction)})
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="control control--check">
        <input
          type="checkbox"
          checked={filters.withCode}
          onChange={(event) => onFiltersChange({ ...filters, withCode: event.target.checked })}
        />
        Only results with code
      </label>
      <label className="control control--check">
        <input
          type="checkbox"
          checked={filters.noExtraData}
          onChange={(event) => onFiltersChange({ ...filters, noExtraData: event.target.checked })}
        />
        Without extra training data
      </label>
    </div>
  );
}
