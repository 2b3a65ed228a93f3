import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ViewerQuery } from '../account/account-operations';
import { PendingChangesQuery } from './contribution-operations';
import { KIND_LABELS } from './PendingChanges';
import './contribution.css';

/**
 * The signed-in reader's own changes to this task, dataset, method or paper that wait for review:
 * marked for them only (the public page never shows them). Asked only when someone is signed in.
 */
export function PendingOnSubject({ type, slug, kinds }: { type: string; slug: string; kinds?: readonly string[] }) {
  const viewer = useQuery(ViewerQuery);
  const signedIn = Boolean(viewer.data?.viewer);
  const { data } = useQuery(PendingChangesQuery, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const mine =
    data?.viewer?.pendingChanges.filter(
      (change) => change.subjectType === type && change.subjectSlug === slug && (!kinds || kinds.includes(change.kind)),
    ) ?? [];
  if (mine.length === 0) return null;
  return (
    <aside className="pending-on-board" aria-label="Your pending changes">
      <p>
        <span className="status-badge status-badge--pending">PENDING</span> Your{' '}
        {mine.length === 1 ? 'change waits' : 'changes wait'} for a moderator’s review and{' '}
        {mine.length === 1 ? 'is' : 'are'} not shown here yet (only you see this):
      </p>
      <ul>
        {mine.map((change) => (
          <li key={change.id}>
            {KIND_LABELS[change.kind] ?? change.kind} <span className="muted">“{change.reason}”</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/account">Your contributions</Link>
      </p>
    </aside>
  );
}
