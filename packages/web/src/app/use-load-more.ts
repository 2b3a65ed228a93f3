import { useState } from 'react';
import type { NextPageLoader } from '../ui/LoadMore';

/**
 * Runs a fetchMore call and tracks its progress and failure for a "Load more" button.
 * `fetchNext` is called when the button is pressed, so it may be a new closure on every render
 * (over the current cursor and variables).
 */
export function useLoadMore(fetchNext: () => Promise<unknown>): NextPageLoader {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = () => {
    setLoading(true);
    setError(null);
    fetchNext()
      .catch((reason: unknown) => setError(reason))
      .finally(() => setLoading(false));
  };
  return { load, loading, error };
}
