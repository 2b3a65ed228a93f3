import type { SearchType } from '../../graphql/graphql';

/** What a hit is called, one and many, in the order the search page lists its tabs. */
export const SEARCH_TYPE_LABELS: Record<SearchType, { one: string; many: string }> = {
  PAPER: { one: 'Paper', many: 'Papers' },
  METHOD: { one: 'Method', many: 'Methods' },
  TASK: { one: 'Task', many: 'Tasks' },
  DATASET: { one: 'Dataset', many: 'Datasets' },
  BENCHMARK: { one: 'Leaderboard', many: 'Leaderboards' },
  AUTHOR: { one: 'Author', many: 'Authors' },
  VENUE: { one: 'Venue', many: 'Venues' },
};

export const SEARCH_TYPES = Object.keys(SEARCH_TYPE_LABELS) as SearchType[];

/** The old site's path of each kind of object. */
const PATHS: Record<string, string> = {
  Paper: '/paper/',
  Task: '/task/',
  Dataset: '/dataset/',
  Method: '/method/',
  Benchmark: '/sota/',
  Author: '/author/',
  Venue: '/conference/',
};

/** The page of a hit's object. */
export function hitPath(node: { __typename?: string; slug?: string }): string {
  return `${PATHS[node.__typename ?? ''] ?? '/'}${node.slug ?? ''}`;
}
