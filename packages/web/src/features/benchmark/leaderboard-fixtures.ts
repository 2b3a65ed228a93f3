import type { LeaderboardEntry, MetricColumn } from './leaderboard-rows';

/** Test data: leaderboard columns and rows in the shape the leaderboard components take. */
export const ERROR_AND_ACCURACY: MetricColumn[] = [
  {
    id: 'm-err',
    name: 'Error',
    direction: 'LOWER_IS_BETTER',
    directionSource: 'METRIC_NAME',
    isNumeric: true,
    position: 0,
  },
  {
    id: 'm-acc',
    name: 'Accuracy',
    direction: 'HIGHER_IS_BETTER',
    directionSource: 'METRIC_NAME',
    isNumeric: true,
    position: 1,
  },
  {
    id: 'm-bb',
    name: 'Backbone',
    direction: 'HIGHER_IS_BETTER',
    directionSource: 'DEFAULT',
    isNumeric: false,
    position: 2,
  },
];

export function entry(
  id: string,
  values: Record<string, number | null>,
  extra: Partial<LeaderboardEntry> = {},
): LeaderboardEntry {
  const display: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) display[name] = value === null ? '—' : String(value);
  return {
    id,
    date: '2020-01-01',
    values,
    display,
    modelName: `Model ${id}`,
    paper: { slug: `paper-${id}`, title: `Paper ${id}` },
    paperTitle: null,
    paperUrl: null,
    codeLinks: [],
    hasCode: false,
    usesAdditionalData: false,
    ...extra,
  };
}
