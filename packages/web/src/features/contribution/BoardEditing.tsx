import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ViewerQuery } from '../account/account-operations';
import type { LeaderboardEntry } from '../benchmark/leaderboard-rows';
import { RowActionsContext } from '../benchmark/row-actions';
import { PendingRowsQuery } from './board-edit-operations';
import './board-edit.css';

// The forms load when first opened: readers who only look never download them.
const RowEditor = lazy(() => import('./RowEditor').then((m) => ({ default: m.RowEditor })));
const AddMetricForm = lazy(() => import('./AddMetricForm').then((m) => ({ default: m.AddMetricForm })));

/**
 * Editing a leaderboard in place, for signed-in readers of its current state (issue 12): add a
 * result or a metric from the bar above it, and edit or remove a row from the Edit button beside
 * its model. The public, anonymous board is unchanged.
 */
export function BoardEditing({ slug, enabled, children }: { slug: string; enabled: boolean; children: ReactNode }) {
  const client = useApolloClient();
  const viewer = useQuery(ViewerQuery);
  const signedIn = enabled && Boolean(viewer.data?.viewer);
  const [editing, setEditing] = useState<string | null>(null);
  const [addingMetric, setAddingMetric] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  const pending = useQuery(PendingRowsQuery, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  // Row (by its number in its global id) → what the reader proposed for it and waits for review.
  const pendingRows = useMemo(() => {
    const rows = new Map<number, string>();
    for (const change of pending.data?.viewer?.pendingChanges ?? []) {
      if (change.benchmarkSlug !== slug || change.resultId == null) continue;
      rows.set(change.resultId, change.kind === 'REMOVE_RESULT' ? 'removal pending' : 'edit pending');
    }
    return rows;
  }, [pending.data, slug]);

  const rowActions = useCallback(
    (entry: LeaderboardEntry) => {
      const mark = pendingRows.get(rowNumber(entry.id));
      return (
        <>
          {mark && <span className="status-badge status-badge--pending row-pending">{mark}</span>}
          <button
            type="button"
            className="row-edit-button"
            aria-label={`Edit or remove ${entry.modelName.trim() || 'this row'}`}
            onClick={() => setEditing(entry.id)}
          >
            Edit
          </button>
        </>
      );
    },
    [pendingRows],
  );
  /** A change was sent: say so, and ask the board (and the pending list) again. */
  const done = (sentence: string) => {
    setOutcome(sentence);
    setEditing(null);
    setAddingMetric(false);
    void client.refetchQueries({ include: 'active' });
  };

  return (
    <>
      {signedIn && (
        <div className="board-tools" role="group" aria-label="Contribute to this leaderboard">
          <span className="muted">Contribute:</span>
          <Link className="button button--secondary" to={`/submit?board=${encodeURIComponent(slug)}`}>
            Add a result
          </Link>
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={addingMetric}
            onClick={() => setAddingMetric((open) => !open)}
          >
            Add a metric
          </button>
          <span className="muted board-tools__hint">or edit a row with its Edit button.</span>
        </div>
      )}
      {outcome && (
        <p className="board-outcome" role="status">
          {outcome}
        </p>
      )}
      {signedIn && addingMetric && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <AddMetricForm slug={slug} onDone={done} onCancel={() => setAddingMetric(false)} />
        </Suspense>
      )}
      <RowActionsContext.Provider value={signedIn ? rowActions : null}>{children}</RowActionsContext.Provider>
      {signedIn && editing && (
        <Suspense fallback={null}>
          <RowEditor id={editing} slug={slug} onClose={() => setEditing(null)} onDone={done} />
        </Suspense>
      )}
    </>
  );
}

/** The number in a row's global id (base64url of "Result:<n>"); NaN for anything else. */
function rowNumber(globalId: string): number {
  try {
    const decoded = atob(globalId.replace(/-/g, '+').replace(/_/g, '/'));
    return decoded.startsWith('Result:') ? Number(decoded.slice('Result:'.length)) : NaN;
  } catch {
    return NaN;
  }
}
