import { defaultDataIdFromObject, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

interface SearchPage {
  edges: unknown[];
}

/** Pages of one search (query and types) fetched with `after` are appended; a new first page replaces them. */
const searchPages: FieldPolicy<SearchPage> = {
  keyArgs: ['query', 'types'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
};

/**
 * The normalized cache. Every `Node` has a global id that is unique across types, so the id
 * alone identifies an object (a paper fetched by `paper(slug:)` and by `node(id:)` is one entry).
 * Connections are Relay-style: pages fetched with `after` are appended to the same list, and
 * only the arguments that change the list's content (filters, order) make a separate list.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // A board as of a date (issue 12) is another object than the board now: same id, other rows.
    dataIdFromObject: (object) =>
      typeof object.id === 'string'
        ? typeof object.asOf === 'string'
          ? `${object.id}@${object.asOf}`
          : object.id
        : defaultDataIdFromObject(object),
    // Search hits are a union: the cache matches their fragments by these types.
    possibleTypes: { SearchHit: ['Paper', 'Task', 'Dataset', 'Method', 'Benchmark', 'Author', 'Venue'] },
    typePolicies: {
      // The signed-in account is one object: its id is its User's, whose public profile must
      // not be merged into it (the store is reset whenever someone signs in or out).
      Viewer: { keyFields: [] },
      Query: {
        fields: {
          search: searchPages,
          areas: relayStylePagination(['orderBy']),
          benchmarks: relayStylePagination(['filter', 'orderBy']),
          datasets: relayStylePagination(['filter', 'orderBy']),
          methods: relayStylePagination(['filter', 'orderBy']),
          papers: relayStylePagination(['filter', 'orderBy']),
          tasks: relayStylePagination(['filter', 'orderBy']),
          revisions: relayStylePagination(['subject']),
        },
      },
      Area: {
        fields: {
          benchmarks: relayStylePagination(false),
          tasks: relayStylePagination(['topLevel']),
        },
      },
      Author: { fields: { papers: relayStylePagination(false) } },
      Benchmark: {
        fields: { rows: relayStylePagination(['metric', 'hasCode', 'usesAdditionalData']) },
      },
      Dataset: { fields: { papers: relayStylePagination(false) } },
      Method: { fields: { papers: relayStylePagination(false) } },
      Task: { fields: { papers: relayStylePagination(false) } },
      // A revision's changes depend on the subject it was listed for: not one shared object.
      Revision: { keyFields: false },
      RevisionChange: { keyFields: false },
      // One set of counts for the whole graph.
      Stats: { keyFields: [] },
    },
  });
}
