import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After signing in, up or out, every query is asked again: what the page shows may depend on
 * who reads it (the header's name, later pending changes), and nothing of the other account
 * may stay in the cache.
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.resetStore();
  }, [client]);
}

/** Where to go after signing in: a path of this site from ?next=, else the account page. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  // Only paths of this site: not //other.example or /\other.example, which browsers treat as hosts.
  return next && /^\/(?![/\\])/.test(next) ? next : '/account';
}
