import { metricValueOf, type SotaPoint, formatMetricValue } from '@pwc/shared';
import type { LeaderboardEntry } from './leaderboard-rows';

/** A result drawn on the SotA chart. */
export interface ChartPoint {
  /** Milliseconds since the epoch (the x axis). */
  x: number;
  y: number;
  entryId: string;
  modelName: string;
  paperTitle: string | null;
  paperSlug: string | null;
  date: string;
  label: string;
}

function timeOf(date: string): number | null {
  const time = Date.parse(date.length === 4 ? `${date}-01-01` : date);
  return Number.isFinite(time) ? time : null;
}

function toPoint(entry: LeaderboardEntry, value: number, date: string, metric: string): ChartPoint | null {
  const x = timeOf(date);
  if (x === null) return null;
  return {
    x,
    y: value,
    entryId: entry.id,
    modelName: entry.modelName,
    paperTitle: entry.paper?.title ?? entry.paperTitle,
    paperSlug: entry.paper?.slug ?? null,
    date: date.slice(0, 10),
    label: formatMetricValue(value, entry.display[metric] ?? null),
  };
}

/** Every dated result with a value of the metric. */
export function resultPoints(entries: readonly LeaderboardEntry[], metric: string): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const entry of entries) {
    const value = metricValueOf(entry, metric);
    if (value === null || !entry.date) continue;
    const point = toPoint(entry, value, entry.date, metric);
    if (point) points.push(point);
  }
  return points;
}

/** The state-of-the-art steps, in date order. */
export function historyPoints(history: readonly SotaPoint<LeaderboardEntry>[], metric: string): ChartPoint[] {
  return history
    .map((step) => toPoint(step.row, step.value, step.date, metric))
    .filter((point): point is ChartPoint => point !== null);
}
