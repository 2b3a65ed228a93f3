import { SearchType } from './search.types';

/**
 * The one statement of a search. Every tier of every type takes its candidates from an index
 * with a LIMIT (see the SearchIndexes migration), so a common word costs at most the limits:
 *
 *   4 EXACT       lower(name) = query                     btree (text_pattern_ops)
 *   3 SHORT_NAME  a paper's title before its colon        btree over paper_short_title(title)
 *   2 PREFIX      lower(name) starts with the query       the same btree, as a range
 *   1 WORDS       name contains the query (trigram GIN; authors: every word of the query begins a
 *                 word of the name, GIN over the name's words), looked for only when fewer names
 *                 than the tier's limit start with the query; a paper's title and abstract have its words
 *                 (the GIN over search_vector, newest matches first); a leaderboard of a matched
 *                 task or dataset
 *   0 FUZZY       a second statement, only when the first found fewer than a page: the nearest
 *                 names by trigrams (similarity ≥ 0.3; GiST for tasks, datasets and methods; for
 *                 authors among 2,000 names with a word starting like the query's longest word),
 *                 or the same letters in another order (btree)
 *
 * Only the candidates are ranked: score = tier + 0.8 × relevance + 0.19 × popularity, where
 * relevance is trigram similarity of the name (a paper's words: ts_rank normalised to 0..1) and
 * popularity = usage / (usage + scale) (papers: code links and results; tasks and methods: their
 * papers; datasets and leaderboards: their result rows; authors: their papers).
 *
 * Parameters: $1 the query text (lower case), $2 the same as a LIKE pattern matching it anywhere,
 * $3 its words as prefixes and $4 its longest word's first letters as a prefix (to_tsquery
 * texts, see search-query.ts).
 */

/** Tier numbers, best first; the SearchMatch of each is in search.service.ts. */
export const TIER = { EXACT: 4, SHORT_NAME: 3, PREFIX: 2, WORDS: 1, FUZZY: 0 } as const;

export interface CandidateLimits {
  /** Candidates per tier of a named type. */
  perTier: number;
  /** Papers whose words match, newest first. */
  paperWords: number;
}

export const SEARCH_LIMITS: CandidateLimits = { perTier: 50, paperWords: 50 };
export const SUGGEST_LIMITS: CandidateLimits = { perTier: 10, paperWords: 30 };

/** Which tiers a statement looks in: typos are a second statement, run only when few hits were found. */
export type TierSet = 'matches' | 'typos';

interface NamedTable {
  table: string;
  /**
   * Small tables match words inside names by trigrams ("bert" in VL-BERT) and typos by the nearest
   * names (GiST); authors, hundreds of thousands, by the prefixes of their names' words (GIN).
   */
  small: boolean;
  /** The row's usage count for popularity (`row` is the table's alias). */
  usage: (row: string) => string;
  scale: number;
}

/** Usage counts stop here: popularity is saturated long before (500 / (500 + 20) = 0.96). */
const USAGE_CAP = 500;
/** How many rows `from` has, counting at most USAGE_CAP of them (an index range of bounded length). */
const countUpTo = (from: string) => `(SELECT count(*) FROM (SELECT 1 FROM ${from} LIMIT ${USAGE_CAP}) AS used)`;

const NAMED: Partial<Record<SearchType, NamedTable>> = {
  [SearchType.TASK]: {
    table: 'task',
    small: true,
    usage: (row) => countUpTo(`paper_task pt WHERE pt.task_id = ${row}.id`),
    scale: 20,
  },
  [SearchType.DATASET]: {
    table: 'dataset',
    small: true,
    usage: (row) => countUpTo(`benchmark b JOIN result r ON r.benchmark_id = b.id WHERE b.dataset_id = ${row}.id`),
    scale: 100,
  },
  [SearchType.METHOD]: {
    table: 'method',
    small: true,
    usage: (row) => countUpTo(`paper_method pm WHERE pm.method_id = ${row}.id`),
    scale: 20,
  },
  [SearchType.AUTHOR]: {
    table: 'author',
    small: false,
    usage: (row) => `${row}.paper_count`,
    scale: 5,
  },
  // A few hundred rows: no indexes of their own, a scan costs microseconds.
  [SearchType.VENUE]: {
    table: 'venue',
    small: true,
    usage: (row) => `${row}.paper_count`,
    scale: 50,
  },
};

/** Ties between types go to the more specific kind of object. */
const TYPE_ORDER: SearchType[] = [
  SearchType.METHOD,
  SearchType.TASK,
  SearchType.DATASET,
  SearchType.BENCHMARK,
  SearchType.PAPER,
  SearchType.VENUE,
  SearchType.AUTHOR,
];

const LOWER = (column: string) => `lower(${column})`;
const STARTS_WITH = (expression: string) => `${expression} ~>=~ $1 AND ${expression} ~<~ ($1 || chr(1114111))`;
// Equality in the pattern-ops btree's own operators: with a plain `=`, Postgres may take the
// trigram index instead (which also answers `=`), a scan of every name sharing a trigram.
const EQUALS = (expression: string) => `${expression} ~>=~ $1 AND ${expression} ~<=~ $1`;
const PAPER_WORDS = "websearch_to_tsquery('english', $1)";

/** The words of a name, as the author_search_words index has them. */
const NAME_WORDS = "to_tsvector('simple', name)";
/** Typo candidates per type and kind of typo. */
const TYPOS_PER_TYPE = 10;
/** Names a typo of an author is looked for among: those with a word starting like the query's longest. */
const TYPO_NEIGHBOURHOOD = 2000;

function namedCandidates(type: SearchType, named: NamedTable, limits: CandidateLimits, length: number, tiers: TierSet) {
  const name = LOWER('name');
  const take = (tier: number, where: string, order = '', from = named.table) =>
    `(SELECT '${type}'::text AS type, id, ${tier} AS tier FROM ${from} WHERE ${where} ${order} LIMIT ${limits.perTier})`;
  // Trigram indexes need three characters; shorter queries find exact names and prefixes only.
  const trigrams = length >= 3;
  if (tiers === 'typos') {
    if (!trigrams) return [];
    // The few closest names are enough for typos and for "did you mean".
    const typo = (where: string, order = '', from = named.table) =>
      `(SELECT '${type}'::text AS type, id, ${TIER.FUZZY} AS tier FROM ${from} WHERE ${where} ${order} LIMIT ${TYPOS_PER_TYPE})`;
    const letters = typo('search_letters(name) = search_letters($1)');
    if (named.small) return [typo(`${name} % $1`, `ORDER BY ${name} <-> $1`), letters];
    const neighbours = `(SELECT id, name FROM ${named.table} WHERE ${NAME_WORDS} @@ to_tsquery('simple', $4)
      LIMIT ${TYPO_NEIGHBOURHOOD}) AS neighbour`;
    return [typo(`${name} % $1`, '', neighbours), letters];
  }
  const parts = [take(TIER.EXACT, EQUALS(name)), take(TIER.PREFIX, STARTS_WITH(name))];
  // Names containing the query only when fewer than a tier's worth start with it: a one-time
  // filter, so a common prefix ("synth") costs no trigram scan of every name containing it.
  const fewStart = `(SELECT count(*) FROM (SELECT 1 FROM ${named.table} WHERE ${STARTS_WITH(name)}
    LIMIT ${limits.perTier}) AS starting) < ${limits.perTier}`;
  if (!named.small) parts.push(take(TIER.WORDS, `${NAME_WORDS} @@ to_tsquery('simple', $3) AND ${fewStart}`));
  else if (trigrams) parts.push(take(TIER.WORDS, `${name} LIKE $2 AND ${fewStart}`));
  return parts;
}

function paperCandidates(limits: CandidateLimits, tiers: TierSet): string[] {
  if (tiers === 'typos') return [];
  const take = (tier: number, where: string, order = '', limit = limits.perTier) =>
    `(SELECT 'PAPER'::text AS type, id, ${tier} AS tier FROM paper WHERE ${where} ${order} LIMIT ${limit})`;
  const title = LOWER('title');
  return [
    take(TIER.EXACT, EQUALS(title)),
    take(TIER.SHORT_NAME, 'paper_short_title(title) = $1'),
    take(TIER.PREFIX, STARTS_WITH(title)),
    // The newest matches: for a common word Postgres walks the newest-first index and stops at
    // the limit; for a rare one it takes every match from the GIN index, few by definition.
    take(
      TIER.WORDS,
      `search_vector @@ ${PAPER_WORDS}`,
      "ORDER BY coalesce(published, '0001-01-01'::date) DESC, id DESC",
      limits.paperWords,
    ),
  ];
}

/** What the ranking reads of each type's candidates: the shown text, relevance and usage. */
function rankedOf(type: SearchType): string {
  const named = NAMED[type];
  if (named) {
    const relevance = `CASE WHEN c.tier = ${TIER.FUZZY} AND search_letters(x.name) = search_letters($1)
        THEN greatest(similarity(lower(x.name), $1), 0.5) ELSE similarity(lower(x.name), $1) END`;
    return `SELECT c.type, c.id, c.tier, x.name::text AS text, ${relevance} AS relevance,
        ${named.usage('x')}::float8 / (${named.usage('x')} + ${named.scale}) AS popularity
      FROM best c JOIN ${named.table} x ON x.id = c.id WHERE c.type = '${type}'`;
  }
  if (type === SearchType.PAPER) {
    const usage = `(${countUpTo('paper_repository pr WHERE pr.paper_id = x.id')} +
        ${countUpTo('result r WHERE r.paper_id = x.id')})`;
    return `SELECT c.type, c.id, c.tier, x.title::text AS text,
        greatest(similarity(lower(x.title), $1), ts_rank(x.search_vector, ${PAPER_WORDS}, 32)) AS relevance,
        ${usage}::float8 / (${usage} + 3) AS popularity
      FROM best c JOIN paper x ON x.id = c.id WHERE c.type = 'PAPER'`;
  }
  const usage = countUpTo('result r WHERE r.benchmark_id = x.id');
  return `SELECT c.type, c.id, c.tier, t.name || ' on ' || d.name AS text,
      similarity(lower(t.name || ' on ' || d.name), $1) AS relevance,
      ${usage}::float8 / (${usage} + 50) AS popularity
    FROM best c JOIN benchmark x ON x.id = c.id JOIN task t ON t.id = x.task_id JOIN dataset d ON d.id = x.dataset_id
    WHERE c.type = 'BENCHMARK'`;
}

/** Leaderboards of the tasks and datasets found by name (not by typo), as WORDS matches. */
function benchmarkCandidates(limits: CandidateLimits): string {
  const of = (type: SearchType, column: string) =>
    `(SELECT 'BENCHMARK'::text AS type, b.id, ${TIER.WORDS} AS tier FROM named c JOIN benchmark b ON b.${column} = c.id
      WHERE c.type = '${type}' AND c.tier >= ${TIER.WORDS} LIMIT ${limits.perTier})`;
  return `${of(SearchType.TASK, 'task_id')} UNION ALL ${of(SearchType.DATASET, 'dataset_id')}`;
}

export interface RankedRow {
  type: SearchType;
  id: number;
  tier: number;
  text: string;
  score: number;
}

/**
 * The statement ranking the candidates of `types` in `tiers` for a query of `length` characters:
 * rows of RankedRow, best first; null when no tier applies (typos of queries under 3 characters).
 */
export function searchStatement(
  types: readonly SearchType[],
  length: number,
  limits: CandidateLimits,
  tiers: TierSet,
): string | null {
  const wanted = new Set(types);
  // Leaderboards come from matched tasks and datasets, so those are looked up for them too.
  const namedTypes = (Object.keys(NAMED) as SearchType[]).filter(
    (type) =>
      wanted.has(type) ||
      (wanted.has(SearchType.BENCHMARK) && (type === SearchType.TASK || type === SearchType.DATASET)),
  );
  const named = namedTypes.flatMap((type) => namedCandidates(type, NAMED[type]!, limits, length, tiers));
  const papers = wanted.has(SearchType.PAPER) ? paperCandidates(limits, tiers) : [];
  const parts = [...named, ...papers];
  if (parts.length === 0) return null;
  const benchmarks =
    wanted.has(SearchType.BENCHMARK) && tiers === 'matches' ? ` UNION ALL ${benchmarkCandidates(limits)}` : '';
  const typeOrder = `array_position(ARRAY[${TYPE_ORDER.map((t) => `'${t}'`).join(', ')}], r.type)`;
  const kept = [...wanted].map((t) => `'${t}'`).join(', ');
  // Every parameter is typed here, so a statement may leave some of them unused.
  return `WITH parameters AS (SELECT $1::text, $2::text, $3::text, $4::text),
    named AS MATERIALIZED (${parts.join(' UNION ALL ')}),
    candidates AS (SELECT * FROM named${benchmarks}),
    best AS (SELECT type, id, max(tier) AS tier FROM candidates WHERE type IN (${kept}) GROUP BY type, id),
    ranked AS (${[...wanted].map(rankedOf).join(' UNION ALL ')})
  SELECT r.type, r.id, r.tier, r.text, (r.tier + 0.8 * r.relevance + 0.19 * r.popularity)::float8 AS score
  FROM ranked r
  ORDER BY score DESC, ${typeOrder}, r.id`;
}
