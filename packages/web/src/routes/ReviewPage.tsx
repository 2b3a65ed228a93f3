import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { formErrorsOf } from '../features/account/form-errors';
import {
  ApproveRevisionMutation,
  ConfirmRemovalMutation,
  RejectRevisionMutation,
  ReviewQueueQuery,
  RevertRevisionMutation,
  RevertUserMutation,
} from '../features/contribution/contribution-operations';
import { ContributionSummary } from '../features/contribution/PendingChanges';
import '../features/account/account.css';
import '../features/contribution/contribution.css';
import type { ReviewQueueQuery as ReviewQueueData } from '../graphql/graphql';
import { PageLoading } from '../ui/Loading';
import { Section } from '../ui/Section';
import { usePageMeta } from '../ui/page-meta';

type Item = ReviewQueueData['reviewQueue']['items'][number];

const MODERATORS = new Set(['MODERATOR', 'ADMIN']);

/**
 * /review — moderators' queue: contributors' pending changes (approve, or reject with a reason)
 * and published removals to confirm or revert; every author's changes revertible at once.
 */
export function ReviewPage() {
  usePageMeta({ title: 'Review queue', noindex: true });
  const viewerQuery = useQuery(ReviewQueueQuery, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const { data, loading, refetch } = viewerQuery;
  if (loading && !data) return <PageLoading />;
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to="/signin?next=%2Freview" replace />;
  if (!MODERATORS.has(viewer.role))
    return (
      <div className="review-page">
        <h1>Review queue</h1>
        <p>
          The review queue is for moderators. Your own pending changes are on the <Link to="/submit">Submit</Link> page.
        </p>
      </div>
    );
  const queue = data?.reviewQueue;
  return (
    <div className="review-page">
      <header className="page-header">
        <h1>Review queue</h1>
        <p className="muted">
          Approve publishes a change as its author’s revision; reject says why. Removals are soft until confirmed:
          revert restores the rows in one click.
        </p>
      </header>
      <Section id="queue" title="Waiting" count={queue?.totalCount ?? 0}>
        {queue && queue.items.length === 0 && <p className="muted">Nothing is waiting for review.</p>}
        <ul className="contribution-list">
          {queue?.items.map((item) => (
            <li key={item.id}>
              <ReviewItem item={item} onDone={() => void refetch()} />
            </li>
          ))}
        </ul>
      </Section>
      <RevertBox />
    </div>
  );
}

function ReviewItem({ item, onDone }: { item: Item; onDone: () => void }) {
  const [approve, approving] = useMutation(ApproveRevisionMutation);
  const [reject, rejecting] = useMutation(RejectRevisionMutation);
  const [confirm, confirming] = useMutation(ConfirmRemovalMutation);
  const [revert, reverting] = useMutation(RevertRevisionMutation);
  const [revertUser, revertingUser] = useMutation(RevertUserMutation);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = [approving, rejecting, confirming, reverting, revertingUser].some((state) => state.loading);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      onDone();
    } catch (failure) {
      const errors = formErrorsOf(failure);
      setProblem(errors.form ?? Object.values(errors.fields).join(' '));
    }
  };
  const why = reason.trim() || 'Reviewed by a moderator';

  return (
    <div className="review-item">
      <ContributionSummary change={item} />
      <div className="review-item__actions">
        <label className="review-item__reason">
          <span className="visually-hidden">Reason for {item.modelName ?? 'this change'}</span>
          <input
            type="text"
            placeholder="Reason (for reject or revert)"
            value={reason}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        {item.status === 'PENDING' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(() => approve({ variables: { id: item.id } }))}
            >
              Approve
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy || reason.trim().length < 3}
              title="Give a reason first"
              onClick={() => run(() => reject({ variables: { id: item.id, reason: reason.trim() } }))}
            >
              Reject
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(() => confirm({ variables: { id: item.id } }))}
            >
              Confirm removal
            </button>
            {item.revisionId && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => run(() => revert({ variables: { id: item.revisionId!, reason: why } }))}
              >
                Revert (restore the row)
              </button>
            )}
          </>
        )}
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => {
            if (window.confirm(`Revert every change by ${item.authorName} and reject their pending ones?`))
              void run(() => revertUser({ variables: { userId: item.authorId, reason: why } }));
          }}
        >
          Revert all by {item.authorName}
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Any revision, by the id its History shows, reverted in one click. */
function RevertBox() {
  const [revert, { loading }] = useMutation(RevertRevisionMutation);
  const [id, setId] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Section id="revert" title="Revert a revision">
      <form
        className="revert-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setMessage(null);
          try {
            const reply = await revert({ variables: { id: id.trim(), reason: reason.trim() } });
            const done = reply.data?.revertRevision;
            setMessage(`Reverted: revision ${done?.revisionId ?? '—'} restored ${done?.restoredRows ?? 0} rows.`);
          } catch (failure) {
            const errors = formErrorsOf(failure);
            setMessage(errors.form ?? Object.values(errors.fields).join(' '));
          }
        }}
      >
        <label>
          Revision id
          <input value={id} onChange={(event) => setId(event.target.value)} inputMode="numeric" required />
        </label>
        <label>
          Reason
          <input value={reason} onChange={(event) => setReason(event.target.value)} required minLength={3} />
        </label>
        <button type="submit" className="button" disabled={loading}>
          Revert
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      <p className="muted">Revision ids are listed on each leaderboard’s History page.</p>
    </Section>
  );
}
