import { useLazyQuery, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import type { RevisionSubject } from '../../graphql/graphql';
import { useLoadMore } from '../../app/use-load-more';
import { InlineLoading } from '../../ui/Loading';
import { LoadMore } from '../../ui/LoadMore';
import { formatInstant } from './as-of';
import './history.css';
import { RevisionChangeView } from './RevisionChangeView';
import { RevertRevisionButton } from '../contribution/RevertRevisionButton';

export const RevisionHistory_revision = graphql(`
  fragment RevisionHistory_revision on Revision {
    id
    status
    authorLabel
    createdAt
    reason
    changeCount
    source {
      kind
      file
    }
    changes(first: 50) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RevisionChange_change
        }
      }
    }
  }
`);

const RevisionHistoryQuery = graphql(`
  query RevisionHistory($subject: RevisionSubject!, $after: String) {
    revisions(subject: $subject, first: 5, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...RevisionHistory_revision
        }
      }
    }
  }
`);

const RevisionChangesQuery = graphql(`
  query RevisionChanges($id: ID!, $subject: RevisionSubject!, $after: String) {
    revision(id: $id, subject: $subject) {
      id
      changes(first: 500, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...RevisionChange_change
          }
        }
      }
    }
  }
`);

/**
 * The History of a board or an entity: its revisions, newest first (5 a page, the first 50 of
 * each one's changes, then "Show all"), each with who, when, why,
 * from which source, and what it changed here (rows and fields, before → after).
 */
export function RevisionHistory({ subject }: { subject: RevisionSubject }) {
  const { data, error, loading, fetchMore, refetch } = useQuery(RevisionHistoryQuery, { variables: { subject } });
  const revisions = data?.revisions;
  const more = useLoadMore(() => fetchMore({ variables: { after: revisions?.pageInfo.endCursor } }));
  // After a revert, asked again until the revert is listed first: a reply cached before it may
  // still be served for a moment after the commit (until this server hears of the new data version).
  const reloadAfterRevert = async () => {
    const newest = revisions?.edges[0]?.node.id;
    for (let attempt = 0; attempt < 20; attempt++) {
      const reply = await refetch();
      if (reply.data?.revisions.edges[0]?.node.id !== newest) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  if (error) throw error;
  if (loading && !revisions) return <InlineLoading label="Loading history…" />;
  if (!revisions || revisions.totalCount === 0) {
    return <p className="muted">No recorded changes yet.</p>;
  }
  return (
    <>
      <ol className="revision-list">
        {revisions.edges.map(({ node }) => (
          <li key={node.id}>
            <RevisionView revision={node} subject={subject} onReverted={reloadAfterRevert} />
          </li>
        ))}
      </ol>
      <LoadMore
        shown={revisions.edges.length}
        total={revisions.totalCount}
        hasMore={revisions.pageInfo.hasNextPage}
        loading={more.loading}
        failed={Boolean(more.error)}
        onLoadMore={more.load}
        noun="revisions"
      />
    </>
  );
}

function RevisionView(props: {
  revision: FragmentType<typeof RevisionHistory_revision>;
  subject: RevisionSubject;
  /** After a moderator reverted it: the list is asked again (the revert is the newest revision). */
  onReverted: () => unknown;
}) {
  const revision = getFragmentData(RevisionHistory_revision, props.revision);
  const [loadAll, all] = useLazyQuery(RevisionChangesQuery);
  const changes = all.data?.revision?.changes ?? revision.changes;
  // The first press loads up to 500 changes; a larger revision goes on by pages of 500.
  const showMore = () =>
    all.data?.revision
      ? all.fetchMore({
          variables: { after: all.data.revision.changes.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => {
            const before = previous.revision;
            const next = fetchMoreResult.revision;
            if (!before || !next) return previous;
            const edges = [...before.changes.edges, ...next.changes.edges];
            return { ...previous, revision: { ...before, changes: { ...next.changes, edges } } };
          },
        })
      : loadAll({ variables: { id: revision.id, subject: props.subject } });
  const here = revision.changes.totalCount;
  return (
    <article className="revision" aria-label={`Revision ${revision.id}`}>
      <header className="revision__header">
        <h3>
          <time dateTime={String(revision.createdAt)}>{formatInstant(String(revision.createdAt))}</time>
          {' · '}
          <span className="revision__author">{revision.authorLabel}</span>
          {revision.status !== 'PUBLISHED' && (
            <span className={`badge badge--${revision.status.toLowerCase()}`}> {revision.status.toLowerCase()}</span>
          )}
        </h3>
        <p className="meta">
          <span>Revision {revision.id}</span>
          {revision.reason && <span>{revision.reason}</span>}
          {revision.source?.file && (
            <span>
              Source: <code>{revision.source.file}</code>
              {revision.source.kind ? ` (${revision.source.kind})` : ''}
            </span>
          )}
          <span>
            {here === revision.changeCount
              ? `${here.toLocaleString('en-US')} ${here === 1 ? 'change' : 'changes'}`
              : `${here.toLocaleString('en-US')} of its ${revision.changeCount.toLocaleString('en-US')} changes here`}
          </span>
        </p>
        <RevertRevisionButton id={revision.id} status={revision.status} onReverted={props.onReverted} />
      </header>
      <ul className="change-list">
        {changes.edges.map(({ node }, i) => (
          <RevisionChangeView key={i} change={node} />
        ))}
      </ul>
      {changes.pageInfo.hasNextPage && (
        <div className="load-more">
          <span className="muted">
            Showing {changes.edges.length.toLocaleString('en-US')} of {changes.totalCount.toLocaleString('en-US')}{' '}
            changes
          </span>
          <button type="button" className="button" disabled={all.loading} onClick={() => void showMore()}>
            {all.loading
              ? 'Loading…'
              : changes.totalCount - changes.edges.length > 500
                ? 'Show 500 more changes'
                : `Show all ${changes.totalCount.toLocaleString('en-US')} changes`}
          </button>
        </div>
      )}
      {all.error && (
        <p role="alert" className="error-text">
          Loading the changes failed; try again.
        </p>
      )}
    </article>
  );
}
