import type { DataSource } from 'typeorm';
import { badInput } from '../../graphql/errors';
import type { Loaders } from '../../graphql/loaders';
import { likePattern } from '../../graphql/like-pattern';
import { highlight } from './highlight';
import { MAX_SEARCH_PAGE, MAX_SUGGEST_PER_TYPE, parseSearchQuery, type SearchQuery } from './search-query';
import {
  SEARCH_LIMITS,
  searchStatement,
  SUGGEST_LIMITS,
  TIER,
  type CandidateLimits,
  type RankedRow,
  type TierSet,
} from './search.sql';
import { SearchMatch, SearchType, type SearchConnection, type SearchEdge, type SuggestGroup } from './search.types';

export const ALL_SEARCH_TYPES = Object.values(SearchType);

const MATCH_OF_TIER: Record<number, SearchMatch> = {
  [TIER.EXACT]: SearchMatch.EXACT,
  [TIER.SHORT_NAME]: SearchMatch.SHORT_NAME,
  [TIER.PREFIX]: SearchMatch.PREFIX,
  [TIER.WORDS]: SearchMatch.WORDS,
  [TIER.FUZZY]: SearchMatch.FUZZY,
};

/** Where did-you-mean suggestions come from: names people type. */
const SUGGESTED_TYPES = new Set([
  SearchType.TASK,
  SearchType.DATASET,
  SearchType.METHOD,
  SearchType.AUTHOR,
  SearchType.VENUE,
]);
const DID_YOU_MEAN = 3;

const CURSOR_PREFIX = 'search:';

function cursorOf(index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${index}`, 'utf8').toString('base64url');
}

/** The index of the hit after which the page starts (-1 without a cursor). */
function offsetAfter(after: string | null | undefined): number {
  if (after == null) return -1;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const index = decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : '';
  if (!/^\d{1,6}$/.test(index) || cursorOf(Number(index)) !== after) {
    throw badInput('after', 'not a cursor of search');
  }
  return Number(index);
}

function checkTypes(types: readonly SearchType[] | null | undefined): SearchType[] {
  if (types == null) return ALL_SEARCH_TYPES;
  if (types.length === 0) throw badInput('types', 'must name at least one type, or be left out for every type');
  return [...new Set(types)];
}

/**
 * Typos are looked for only when the matches are fewer than this and none is named exactly so: a
 * search with fewer than 10, typeahead (asked at every pause in typing) only with none at all.
 */
const TYPOS_BELOW = { search: 10, suggest: 1 };

async function rankTier(
  dataSource: DataSource,
  query: SearchQuery,
  types: readonly SearchType[],
  limits: CandidateLimits,
  tiers: TierSet,
): Promise<RankedRow[]> {
  const statement = searchStatement(types, query.text.length, limits, tiers);
  if (!statement) return [];
  const parameters = [query.text, likePattern(query.text), query.wordPrefixes, query.typoPrefix];
  const rows = await dataSource.query<RankedRow[]>(statement, parameters);
  return rows.map((row) => ({ ...row, id: Number(row.id), tier: Number(row.tier), score: Number(row.score) }));
}

/** Every ranked candidate, best first: the matches, then typos when the matches are few. */
async function rank(
  dataSource: DataSource,
  query: SearchQuery,
  types: readonly SearchType[],
  mode: 'search' | 'suggest',
): Promise<RankedRow[]> {
  const limits = mode === 'search' ? SEARCH_LIMITS : SUGGEST_LIMITS;
  const matches = await rankTier(dataSource, query, types, limits, 'matches');
  if (matches.length >= TYPOS_BELOW[mode] || matches.some((row) => row.tier >= TIER.SHORT_NAME)) return matches;
  const found = new Set(matches.map((row) => `${row.type}:${row.id}`));
  const typos = await rankTier(dataSource, query, types, limits, 'typos');
  return [...matches, ...typos.filter((row) => !found.has(`${row.type}:${row.id}`))];
}

type HitNode = NonNullable<Awaited<ReturnType<Loaders['paper']['load']>>> | object;

function loadNode(loaders: Loaders, row: RankedRow): Promise<HitNode | null> {
  switch (row.type) {
    case SearchType.PAPER:
      return loaders.paper.load(row.id);
    case SearchType.TASK:
      return loaders.task.load(row.id);
    case SearchType.DATASET:
      return loaders.dataset.load(row.id);
    case SearchType.METHOD:
      return loaders.method.load(row.id);
    case SearchType.BENCHMARK:
      return loaders.benchmark.load(row.id);
    case SearchType.AUTHOR:
      return loaders.author.load(row.id);
    case SearchType.VENUE:
      return loaders.venue.load(row.id);
  }
}

async function edgesOf(loaders: Loaders, query: SearchQuery, rows: RankedRow[], firstIndex: number) {
  const nodes = await Promise.all(rows.map((row) => loadNode(loaders, row)));
  return rows.flatMap((row, i): SearchEdge[] => {
    const node = nodes[i];
    if (!node) return [];
    return [
      {
        cursor: cursorOf(firstIndex + i),
        node: node as SearchEdge['node'],
        type: row.type,
        match: MATCH_OF_TIER[row.tier] ?? SearchMatch.FUZZY,
        score: Math.round(row.score * 10_000) / 10_000,
        highlight: highlight(row.text, row.tier === TIER.FUZZY ? [] : query.words),
      },
    ];
  });
}

/** Close names when nothing matched better than a typo (names differing from the query only). */
function didYouMean(query: SearchQuery, rows: RankedRow[]): string[] {
  if (rows.some((row) => row.tier > TIER.FUZZY)) return [];
  const names = rows
    .filter((row) => SUGGESTED_TYPES.has(row.type) && row.text.toLowerCase() !== query.text)
    .map((row) => row.text);
  return [...new Set(names)].slice(0, DID_YOU_MEAN);
}

export interface SearchRequest {
  query: string;
  types?: SearchType[] | null;
  first: number;
  after?: string | null;
}

/** One ranked list of every type asked for, a page at a time. */
export async function search(
  dataSource: DataSource,
  loaders: Loaders,
  request: SearchRequest,
): Promise<SearchConnection> {
  const query = parseSearchQuery(request.query);
  const types = checkTypes(request.types);
  if (!Number.isInteger(request.first) || request.first < 0 || request.first > MAX_SEARCH_PAGE) {
    throw badInput('first', `must be from 0 to ${MAX_SEARCH_PAGE}`);
  }
  const start = offsetAfter(request.after) + 1;
  const rows = await rank(dataSource, query, types, 'search');
  const page = rows.slice(start, start + request.first);
  const edges = await edgesOf(loaders, query, page, start);
  const counts = new Map<SearchType, number>();
  for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  return {
    edges,
    pageInfo: {
      hasNextPage: start + request.first < rows.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: rows.length,
    typeCounts: ALL_SEARCH_TYPES.filter((type) => counts.has(type)).map((type) => ({ type, count: counts.get(type)! })),
    didYouMean: didYouMean(query, rows),
  };
}

export interface SuggestRequest {
  query: string;
  types?: SearchType[] | null;
  perType: number;
}

/** Typeahead: the best few of each type, from fewer candidates than a search. */
export async function suggest(
  dataSource: DataSource,
  loaders: Loaders,
  request: SuggestRequest,
): Promise<SuggestGroup[]> {
  const query = parseSearchQuery(request.query);
  const types = checkTypes(request.types);
  if (!Number.isInteger(request.perType) || request.perType < 1 || request.perType > MAX_SUGGEST_PER_TYPE) {
    throw badInput('perType', `must be from 1 to ${MAX_SUGGEST_PER_TYPE}`);
  }
  const rows = await rank(dataSource, query, types, 'suggest');
  const found = ALL_SEARCH_TYPES.map((type) => ({
    type,
    best: rows.filter((row) => row.type === type).slice(0, request.perType),
  })).filter(({ best }) => best.length > 0);
  // One statement per type: the loaders batch the groups' nodes together.
  const groups = await Promise.all(
    found.map(async ({ type, best }): Promise<SuggestGroup> => ({
      type,
      hits: await edgesOf(loaders, query, best, 0),
    })),
  );
  // Groups in the order of their best hit, so the best match overall comes first.
  return groups.sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
}
