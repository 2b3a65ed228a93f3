import { useCallback, useState } from 'react';

export interface LoadMore {
  load: () => void;
  loading: boolean;
  error: unknown;
}

/** Runs a fetchMore call and tracks its progress and failure for a "Load more" button. */
export function useLoadMore(fetchNext: () => Promise<unknown>): LoadMore {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    fetchNext()
      .catch((reason: unknown) => setError(reason))
      .finally(() => setLoading(false));
  }, [fetchNext]);
  return { load, loading, error };
}
