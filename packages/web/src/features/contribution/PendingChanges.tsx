import { Link } from 'react-router';
import type { PendingChangesQuery } from '../../graphql/graphql';
import './contribution.css';

type Change = NonNullable<PendingChangesQuery['viewer']>['pendingChanges'][number];

export const KIND_LABELS: Record<string, string> = {
  ADD_RESULT: 'New result',
  UPDATE_RESULT: 'Edited result',
  REMOVE_RESULT: 'Removed result',
  CREATE_BENCHMARK: 'New leaderboard',
  ADD_METRIC: 'New metric',
  EDIT_DESCRIPTION: 'Edited description',
  ADD_PAPER: 'New paper',
  LINK_CODE: 'Code linked',
  UNLINK_CODE: 'Code unlinked',
};

/** Where a contribution's subject lives on the site. */
export function subjectPath(
  change: Pick<Change, 'kind' | 'status' | 'benchmarkSlug' | 'subjectType' | 'subjectSlug'>,
): string | null {
  if (change.benchmarkSlug) return `/sota/${encodeURIComponent(change.benchmarkSlug)}`;
  // A paper waiting to be added has no page yet.
  if (!change.subjectType || !change.subjectSlug || (change.kind === 'ADD_PAPER' && change.status !== 'PUBLISHED'))
    return null;
  return `/${change.subjectType.toLowerCase()}/${encodeURIComponent(change.subjectSlug)}`;
}

/** One contribution as a card: what, where, the values and the reason (all shown as text). */
export function ContributionSummary({ change }: { change: Change & { proposal?: string } }) {
  const path = subjectPath(change);
  return (
    <div className="contribution">
      <p className="contribution__what">
        <span className={`status-badge status-badge--${change.status.toLowerCase()}`}>{change.status}</span>{' '}
        <strong>{KIND_LABELS[change.kind] ?? change.kind}</strong>
        {change.modelName && <> — {change.modelName}</>}
        {path && (
          <>
            {change.benchmarkSlug ? ' on ' : ' — '}
            <Link to={path}>{change.benchmarkSlug ?? change.subjectName ?? change.subjectSlug}</Link>
          </>
        )}
        {!path && change.subjectName && <> — {change.subjectName}</>}
      </p>
      {'proposal' in change && typeof change.proposal === 'string' && (
        <ProposalDetails kind={change.kind} proposal={change.proposal} />
      )}
      {change.values.length > 0 && (
        <ul className="contribution__values">
          {change.values.map((value) => (
            <li key={value.metric}>
              {value.metric}: <strong>{value.value}</strong>
            </li>
          ))}
        </ul>
      )}
      <p className="contribution__reason">
        “{change.reason}”{' '}
        <span className="muted">
          — {change.authorName}, {String(change.createdAt).slice(0, 10)}
        </span>
      </p>
    </div>
  );
}

/** The author's own changes waiting for review: visible to them only, never to the public. */
export function PendingChangesList({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return <p className="muted">Nothing of yours is waiting for review.</p>;
  return <ContributionList changes={changes} />;
}

/** Contributions as cards, newest first as given. */
export function ContributionList({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return <p className="muted">None yet.</p>;
  return (
    <ul className="contribution-list">
      {changes.map((change) => (
        <li key={change.id}>
          <ContributionSummary change={change} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What a change of content proposes, for its reviewer: the new description, the paper's
 * reference, authors, date and abstract, the code link. All shown as text.
 */
export function ProposalDetails({ kind, proposal }: { kind: string; proposal: string }) {
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(proposal) as Record<string, unknown>;
  } catch {
    return null;
  }
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : null);
  if (kind === 'EDIT_DESCRIPTION')
    return (
      <details className="contribution__proposal">
        <summary>The proposed description</summary>
        <pre>{text('description')}</pre>
      </details>
    );
  if (kind === 'ADD_PAPER') {
    const authors = Array.isArray(fields.authors) ? (fields.authors as string[]).join(', ') : '';
    return (
      <dl className="contribution__facts">
        <dt>Where</dt>
        <dd>{text('arxivId') ? `arXiv ${text('arxivId')} · ${text('urlAbs')}` : text('urlAbs')}</dd>
        <dt>Authors</dt>
        <dd>{authors}</dd>
        <dt>Published</dt>
        <dd>{text('published') ?? '—'}</dd>
        {text('abstract') && (
          <>
            <dt>Abstract</dt>
            <dd>
              <details>
                <summary>Show</summary>
                {text('abstract')}
              </details>
            </dd>
          </>
        )}
      </dl>
    );
  }
  if (kind === 'LINK_CODE' || kind === 'UNLINK_CODE')
    return (
      <p className="contribution__facts">
        {fields.unlink ? 'Remove the link to ' : 'Link '}
        <code>{text('url')}</code>
        {!fields.unlink && (
          <>
            {fields.official ? ' (official' : ' (not official'}
            {text('framework') ? `, ${text('framework')})` : ')'}
          </>
        )}
      </p>
    );
  return null;
}
