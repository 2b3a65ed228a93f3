import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { DescribedType } from '../../graphql/graphql';
import { Markdown } from '../../ui/markdown/Markdown';
import { ViewerQuery } from '../account/account-operations';
import './contribution.css';

// Loaded when used: the form and a reader's pending changes are for signed-in readers, and the
// pages that show a description are within a few KB of their first-load budget.
const DescriptionEditor = lazy(() =>
  import('./DescriptionEditor').then((module) => ({ default: module.DescriptionEditor })),
);
const PendingOnSubject = lazy(() =>
  import('./PendingOnSubject').then((module) => ({ default: module.PendingOnSubject })),
);

const PATHS: Record<DescribedType, string> = { TASK: 'task', DATASET: 'dataset', METHOD: 'method' };
const TYPENAMES: Record<DescribedType, string> = { TASK: 'Task', DATASET: 'Dataset', METHOD: 'Method' };

/**
 * A task's, dataset's or method's description (markdown, rendered sanitised) with "Edit" and
 * "History" (issue 12). Editing shows the stored markdown with a preview; a contributor's edit
 * waits for review and is marked here for its author only.
 */
export function EditableDescription({
  type,
  slug,
  description,
  entityId,
  historyLink = true,
}: {
  type: DescribedType;
  slug: string;
  description: string | null | undefined;
  /** The entity's id on the page (Task.id …): a published text is written into its cache entry. */
  entityId: string;
  /** False where the page's header links to the History already. */
  historyLink?: boolean;
}) {
  const viewer = useQuery(ViewerQuery);
  const client = useApolloClient();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const signedIn = Boolean(viewer.data?.viewer);
  const path = `/${PATHS[type]}/${encodeURIComponent(slug)}`;

  return (
    <div className="editable-description">
      {!editing && (
        <p className="editable-description__actions">
          {signedIn ? (
            <button type="button" className="link-button" onClick={() => (setNotice(null), setEditing(true))}>
              {description ? 'Edit' : 'Add a description'}
            </button>
          ) : (
            <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Edit</Link>
          )}
          {historyLink && <Link to={`${path}/history`}>History</Link>}
        </p>
      )}
      {notice && !editing && (
        <p className="submit-outcome" role="status">
          {notice}
        </p>
      )}
      {signedIn && (
        <Suspense fallback={null}>
          <PendingOnSubject type={type} slug={slug} kinds={['EDIT_DESCRIPTION']} />
        </Suspense>
      )}
      {editing ? (
        <Suspense fallback={<p className="muted">Loading the editor…</p>}>
          <DescriptionEditor
            type={type}
            slug={slug}
            onCancel={() => setEditing(false)}
            onSaved={(status, text) => {
              setEditing(false);
              setNotice(
                status === 'PENDING'
                  ? 'Your edit waits for a moderator’s review: only you see that it is pending until it is approved.'
                  : 'Your edit is published.',
              );
              // Published as sent (stored verbatim): shown at once, without asking the server again.
              if (status !== 'PENDING')
                client.cache.modify({
                  id: client.cache.identify({ __typename: TYPENAMES[type], id: entityId }),
                  fields: { description: () => text },
                });
            }}
          />
        </Suspense>
      ) : description ? (
        <Markdown className="description">{description}</Markdown>
      ) : (
        <p className="muted">No description yet.</p>
      )}
    </div>
  );
}
