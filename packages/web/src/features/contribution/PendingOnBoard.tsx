import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ViewerQuery } from '../account/account-operations';
import { PendingChangesQuery } from './contribution-operations';
import { KIND_LABELS } from './PendingChanges';
import './contribution.css';

/**
 * The signed-in reader's own changes to this board that wait for review: marked for them only
 * (the public board never shows them). Asked only when someone is signed in.
 */
export function PendingOnBoard({ slug }: { slug: string }) {
  const viewer = useQuery(ViewerQuery);
  const signedIn = Boolean(viewer.data?.viewer);
  const { data } = useQuery(PendingChangesQuery, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const mine = data?.viewer?.pendingChanges.filter((change) => change.benchmarkSlug === slug) ?? [];
  if (mine.length === 0) return null;
  return (
    <aside className="pending-on-board" aria-label="Your pending changes">
      <p>
        <span className="status-badge status-badge--pending">PENDING</span> Your{' '}
        {mine.length === 1 ? 'change' : 'changes'} to this leaderboard {mine.length === 1 ? 'waits' : 'wait'} for review
        and {mine.length === 1 ? 'is' : 'are'} not shown below yet (only you see this):
      </p>
      <ul>
        {mine.map((change) => (
          <li key={change.id}>
            {KIND_LABELS[change.kind] ?? change.kind}
            {change.modelName && <> — {change.modelName}</>}
            {change.values.length > 0 && (
              <span className="muted"> ({change.values.map((v) => `${v.metric} ${v.value}`).join(', ')})</span>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/submit">Your contributions</Link>
      </p>
    </aside>
  );
}
