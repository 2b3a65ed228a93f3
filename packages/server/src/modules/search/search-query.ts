import { badInput } from '../../graphql/errors';

/** Longer queries are not names or titles anyone types; the bound keeps trigram work small. */
export const MAX_QUERY_LENGTH = 200;
/** The largest page of search, and of each type in typeahead. */
export const MAX_SEARCH_PAGE = 50;
export const MAX_SUGGEST_PER_TYPE = 10;

/** A query as search matches it: lower case, single spaces, and its words for highlights. */
export interface SearchQuery {
  /** Trimmed, lower case, runs of white space as one space: what names are compared with. */
  text: string;
  /** The words of the query, for highlighting (at least one). */
  words: string[];
  /** Every word as a prefix, for to_tsquery('simple', …): "jacob:* & devlin:*" ('' without words). */
  wordPrefixes: string;
  /** The first three letters of the longest word as a prefix ("dev:*"), where typos look ('' when shorter). */
  typoPrefix: string;
}

/** The client's query, checked: not empty, not too long. */
export function parseSearchQuery(raw: string, argument = 'query'): SearchQuery {
  const text = raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (!text) throw badInput(argument, 'must not be empty');
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput(argument, `must be at most ${MAX_QUERY_LENGTH} characters (got ${text.length})`);
  }
  // Letters and digits only: nothing of tsquery's syntax gets through.
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  return {
    text,
    words: words.length > 0 ? words : [text],
    wordPrefixes: words.map((word) => `${word}:*`).join(' & '),
    typoPrefix: longest.length >= 3 ? `${[...longest].slice(0, 3).join('')}:*` : '',
  };
}
