import { formatMetricValue, type DirectionSource, type MetricDirection, type RankableRow } from '@pwc/shared';

/** A leaderboard column. */
export interface MetricColumn {
  id: string;
  name: string;
  direction: MetricDirection;
  /** DEFAULT: nothing said which way is better; the reader is told the direction is assumed. */
  directionSource: DirectionSource;
  isNumeric: boolean;
  position: number;
}

export interface LinkItem {
  title: string;
  url: string;
}

/** One leaderboard row, with its values keyed by metric name for display and the chart. */
export interface LeaderboardEntry extends RankableRow {
  id: string;
  date: string | null;
  /** Parsed values keyed by metric name. */
  values: Record<string, number | null>;
  /** Display text keyed by metric name. */
  display: Record<string, string>;
  modelName: string;
  paper: { slug: string; title: string } | null;
  paperTitle: string | null;
  paperUrl: string | null;
  codeLinks: readonly LinkItem[];
  hasCode: boolean;
  usesAdditionalData: boolean;
}

export interface ResultInput {
  id: string;
  modelName: string;
  evaluatedOn: string | null;
  usesAdditionalData: boolean;
  hasCode: boolean;
  paperTitle: string | null;
  paperUrl: string | null;
  paper: { slug: string; title: string } | null;
  codeLinks: readonly LinkItem[];
  values: ReadonlyArray<{ raw: string | null; value: number | null; metric: { id: string } }>;
}

/** Turns API results into entries keyed by metric name. */
export function toLeaderboardEntries(
  results: readonly ResultInput[],
  metrics: readonly MetricColumn[],
): LeaderboardEntry[] {
  const nameById = new Map(metrics.map((metric) => [metric.id, metric.name]));
  return results.map((result) => {
    const values: Record<string, number | null> = {};
    const display: Record<string, string> = {};
    for (const value of result.values) {
      const name = nameById.get(value.metric.id);
      if (name === undefined) continue;
      values[name] = value.value;
      display[name] = formatMetricValue(value.value, value.raw);
    }
    return {
      id: result.id,
      date: result.evaluatedOn,
      values,
      display,
      modelName: result.modelName,
      paper: result.paper ? { slug: result.paper.slug, title: result.paper.title } : null,
      paperTitle: result.paperTitle,
      paperUrl: result.paperUrl,
      codeLinks: result.codeLinks,
      hasCode: result.hasCode,
      usesAdditionalData: result.usesAdditionalData,
    };
  });
}

export interface LeaderboardFilters {
  /** Only rows with code. */
  withCode: boolean;
  /** Leave out rows that used extra training data. */
  noExtraData: boolean;
}

/**
 * The metric to ask the server to rank by: the requested one when it is a numeric column of the
 * board (a stale permalink falls back), else the first numeric column.
 */
export function rankingMetricOf(metrics: readonly MetricColumn[], requested: string | null): MetricColumn | null {
  const numeric = [...metrics].filter((m) => m.isNumeric).sort((a, b) => a.position - b.position);
  return numeric.find((m) => m.name === requested) ?? numeric[0] ?? null;
}

/** "higher is better" / "lower is better" */
export function directionLabel(direction: MetricDirection): string {
  return direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
}
