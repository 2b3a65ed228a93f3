import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { LeaderboardFilters } from './leaderboard-rows';

/** URL parameters: ?metric=F1&code=1&extra=0&p=<paper-slug>, so every view is a permalink. */
export function useLeaderboardParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      // From the address bar, not this render's params (react-router's `previous` is those): a
      // second change made before the first one re-rendered (two checkboxes toggled in a row)
      // must not undo it.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      setParams(next, { replace: true, preventScrollReset: true });
    },
    [setParams],
  );
  const filters: LeaderboardFilters = {
    withCode: params.get('code') === '1',
    noExtraData: params.get('extra') === '0',
  };
  return { metric: params.get('metric'), filters, highlight: params.get('p'), update };
}

/** The server's filter arguments for the reader's choices (null: no filter). */
export function filterArguments({ withCode, noExtraData }: LeaderboardFilters) {
  return { hasCode: withCode ? true : null, usesAdditionalData: noExtraData ? false : null };
}
