import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../graphql';
import type { HeaderSuggestQuery } from '../../graphql/graphql';

export const HeaderSuggest = graphql(`
  query HeaderSuggest($query: String!) {
    suggest(query: $query, perType: 4) {
      type
      hits {
        type
        match
        highlight {
          text
          ranges {
            start
            length
          }
        }
        node {
          __typename
          ... on Paper {
            id
            slug
          }
          ... on Task {
            id
            slug
          }
          ... on Dataset {
            id
            slug
          }
          ... on Method {
            id
            slug
          }
          ... on Benchmark {
            id
            slug
          }
          ... on Author {
            id
            slug
          }
          ... on Venue {
            id
            slug
          }
        }
      }
    }
  }
`);

export type SuggestGroups = HeaderSuggestQuery['suggest'];

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_DEBOUNCE_MS = 150;
/** Typeahead starts at this many characters. */
export const SUGGEST_MIN_LENGTH = 2;

/**
 * Suggestions for what is being typed: asked for once typing pauses, each request aborted as soon
 * as the text changes again, so a slow answer for "ber" never replaces the one for "bert".
 */
export function useSuggestions(text: string): { groups: SuggestGroups; loading: boolean; forText: string } {
  const client = useApolloClient();
  const [answer, setAnswer] = useState<{ groups: SuggestGroups; forText: string }>({ groups: [], forText: '' });
  const query = text.trim();
  const wanted = query.length >= SUGGEST_MIN_LENGTH;

  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      client
        .query({
          query: HeaderSuggest,
          variables: { query },
          context: { fetchOptions: { signal: controller.signal } },
        })
        .then(({ data }) => {
          if (!controller.signal.aborted && data) setAnswer({ groups: data.suggest, forText: query });
        })
        .catch(() => {
          // Aborted, or the API failed: typeahead is a convenience, the search page still works.
          if (!controller.signal.aborted) setAnswer({ groups: [], forText: query });
        });
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, query, wanted]);

  // Until the answer for the new text arrives, the last one stays (typing does not flicker).
  if (!wanted) return { groups: [], forText: '', loading: false };
  return { ...answer, loading: answer.forText !== query };
}
