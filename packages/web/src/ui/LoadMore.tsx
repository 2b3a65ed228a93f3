export interface LoadMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  failed?: boolean;
  onLoadMore: () => void;
  /** What is being listed, e.g. "papers". */
  noun: string;
}

/** "Showing 20 of 512 papers" and a button for the next page; nothing once all are shown. */
export function LoadMore({ shown, total, hasMore, loading, failed, onLoadMore, noun }: LoadMoreProps) {
  if (!hasMore && !failed) return null;
  return (
    <div className="load-more">
      <span className="muted" aria-live="polite">
        Showing {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} {noun}
      </span>
      {hasMore && (
        <button type="button" className="button" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Loading…' : `Load more ${noun}`}
        </button>
      )}
      {failed && (
        <span role="alert" className="error-text">
          Loading more {noun} failed; try again.
        </span>
      )}
    </div>
  );
}

/** The loaded part of a paginated list: the items so far, how many there are, and whether more follow. */
export interface LoadedPage {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean };
}

/** The progress of fetching the next page (what `useLoadMore` returns). */
export interface NextPageLoader {
  load: () => void;
  loading: boolean;
  error: unknown;
}

/** `LoadMore` for a Relay-style connection, driven by the loader of its next page. */
export function ConnectionLoadMore({
  noun,
  connection,
  more,
}: {
  noun: string;
  connection: LoadedPage;
  more: NextPageLoader;
}) {
  return (
    <LoadMore
      noun={noun}
      shown={connection.edges.length}
      total={connection.totalCount}
      hasMore={connection.pageInfo.hasNextPage}
      loading={more.loading}
      failed={Boolean(more.error)}
      onLoadMore={more.load}
    />
  );
}
