import type { DataSource } from 'typeorm';
import { bumpDataVersion, type SqlRows } from '../../cache/data-version';
import { badInput, notFound } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import type { UserActor } from '../account/actor';
import { forbidden } from '../account/auth-errors';
import { Role, roleAtLeast } from '../account/role';
import { closeRevision, openRevision } from '../revision/revision-writer';
import { ContributionKind, ContributionStatus, type Contribution } from './contribution.types';
import { applyBoard, applyMetric, type BoardProposal, type MetricProposal } from './board-proposal';
import type { ResultProposal } from './result-proposal';
import { applyResultProposal, versionOf } from './result-writes';
import { revertRevisionRows, revisionToRevert } from './revert';
import { applyContent, CONTENT_KINDS, type ContentProposal } from './content-proposal';

/** Runs `work` in one transaction of its own, with plain SQL. */
export function inTransaction<T>(dataSource: DataSource, work: (sql: SqlRows) => Promise<T>): Promise<T> {
  return dataSource.transaction((manager) =>
    work({ query: (text: string, params?: unknown[]) => manager.query(text, params) }),
  );
}

/** Trusted contributors and above publish at once; contributors' changes wait for review. */
export const publishesDirectly = (actor: UserActor) => roleAtLeast(actor.role, Role.TRUSTED);

const CONTRIBUTION_JSON = `json_build_object(
  'id', c.id::text, 'kind', c.kind, 'status', c.status, 'authorName', a.name, 'authorUserId', c.author_id,
  'benchmarkSlug', coalesce(b.slug, c.payload ->> 'slug'), 'resultId', c.result_id,
  'subjectType', c.payload ->> 'subjectType', 'subjectSlug', c.payload ->> 'subjectSlug',
  'subjectName', c.payload ->> 'subjectName',
  'modelName', coalesce(c.payload #>> '{columns,model_name}', c.payload #>> '{metric,name}', (SELECT r.model_name FROM result r WHERE r.id = c.result_id),
                        (SELECT s.data ->> 'model_name' FROM result_state s WHERE s.result_id = c.result_id
                         ORDER BY s.valid_from DESC LIMIT 1)),
  'values', coalesce((SELECT json_agg(json_build_object('metric', v ->> 'metric', 'value', v ->> 'raw'))
                      FROM jsonb_array_elements(c.payload -> 'values') v), '[]'),
  'proposal', c.payload::text, 'reason', c.reason, 'createdAt', c.created_at, 'revisionId', c.revision_id::text,
  'reviewerName', rv.name, 'reviewReason', c.review_reason,
  'removalConfirmed', c.removal_confirmed_at IS NOT NULL,
  'resultVersion', CASE WHEN c.status = 'PUBLISHED' THEN ${versionOf('c.result_id')} END)`;

const FROM_CONTRIBUTION = `FROM contribution c JOIN app_user a ON a.id = c.author_id
  LEFT JOIN benchmark b ON b.id = c.benchmark_id LEFT JOIN app_user rv ON rv.id = c.reviewed_by`;

interface ContributionRow extends Omit<Contribution, 'createdAt' | 'authorId'> {
  createdAt: string;
  authorUserId: number;
}

function toContribution(row: ContributionRow): Contribution {
  const { authorUserId, ...rest } = row;
  return {
    ...rest,
    id: toGlobalId('Contribution', row.id),
    authorId: toGlobalId('User', authorUserId),
    createdAt: new Date(row.createdAt),
  };
}

export async function contributionById(sql: SqlRows, id: string): Promise<Contribution | null> {
  const [row] = await sql.query<{ j: ContributionRow }>(
    `SELECT ${CONTRIBUTION_JSON} AS j ${FROM_CONTRIBUTION} WHERE c.id = $1`,
    [id],
  );
  return row ? toContribution(row.j) : null;
}

/** What a moderator has to look at, oldest first: pending changes and removals not yet confirmed. */
export async function reviewQueue(sql: SqlRows, first: number, after: string | null) {
  // A removal whose revision was reverted since has nothing left to confirm.
  const where = `(c.status = 'PENDING' OR (c.kind = 'REMOVE_RESULT' AND c.status = 'PUBLISHED'
                  AND c.removal_confirmed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM revision r WHERE r.id = c.revision_id AND r.status = 'REVERTED')))`;
  const rows = await sql.query<{ j: ContributionRow; id: string }>(
    `SELECT ${CONTRIBUTION_JSON} AS j, c.id::text AS id ${FROM_CONTRIBUTION}
     WHERE ${where} AND c.id > $1 ORDER BY c.id LIMIT $2`,
    [after ?? '0', first + 1],
  );
  const [{ n } = { n: 0 }] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM contribution c WHERE ${where}`,
  );
  const page = rows.slice(0, first);
  return {
    items: page.map((row) => toContribution(row.j)),
    endCursor: rows.length > first ? page[page.length - 1]!.id : null,
    totalCount: n,
  };
}

/** An account's contributions in a status, newest first (at most `limit`). */
export async function contributionsOf(sql: SqlRows, userId: number, status: ContributionStatus | null, limit: number) {
  const rows = await sql.query<{ j: ContributionRow }>(
    `SELECT ${CONTRIBUTION_JSON} AS j ${FROM_CONTRIBUTION}
     WHERE c.author_id = $1 AND ($2::text IS NULL OR c.status = $2) ORDER BY c.id DESC LIMIT $3`,
    [userId, status, limit],
  );
  return rows.map((row) => toContribution(row.j));
}

/**
 * Applies a proposal as one revision by `author` (approved by `approver`, if any) and bumps the
 * data version so cached replies are not served again. Returns the revision id and the row.
 */
export type Proposal = ResultProposal | BoardProposal | MetricProposal | ContentProposal;

/** Writes a proposal of its kind; returns the board and row it is about. */
async function applyProposal(sql: SqlRows, kind: ContributionKind, proposal: Proposal) {
  if (CONTENT_KINDS.has(kind)) {
    await applyContent(sql, kind, proposal as ContentProposal);
    return { benchmarkId: null, resultId: null };
  }
  if (kind === ContributionKind.CREATE_BENCHMARK)
    return { benchmarkId: await applyBoard(sql, proposal as BoardProposal), resultId: null };
  if (kind === ContributionKind.ADD_METRIC)
    return { benchmarkId: await applyMetric(sql, proposal as MetricProposal), resultId: null };
  const row = proposal as ResultProposal;
  return { benchmarkId: row.benchmarkId, resultId: await applyResultProposal(sql, row) };
}

async function publish(
  sql: SqlRows,
  kind: ContributionKind,
  proposal: Proposal,
  author: { id: number; name: string },
  reason: string,
  approver: UserActor | null,
) {
  await openRevision(sql);
  const { benchmarkId, resultId } = await applyProposal(sql, kind, proposal);
  const revision = await closeRevision(sql, {
    author: { id: author.id, label: author.name },
    reason,
    source: approver ? { kind: 'contribution', approvedBy: approver.name } : { kind: 'contribution' },
  });
  await bumpDataVersion(sql);
  return { benchmarkId, resultId, revisionId: revision?.id ?? null };
}

/** Records a contribution: published at once for trusted accounts, else pending review. */
export async function submit(
  dataSource: DataSource,
  actor: UserActor,
  kind: ContributionKind,
  proposal: Proposal,
  reason: string,
): Promise<Contribution> {
  const id = await inTransaction(dataSource, async (sql) => {
    let status = ContributionStatus.PENDING;
    let resultId = 'resultId' in proposal ? (proposal.resultId ?? null) : null;
    let benchmarkId = 'benchmarkId' in proposal ? proposal.benchmarkId : null;
    let revisionId: string | null = null;
    if (publishesDirectly(actor)) {
      const author = { id: actor.userId, name: actor.name };
      ({ benchmarkId, resultId, revisionId } = await publish(sql, kind, proposal, author, reason, null));
      status = ContributionStatus.PUBLISHED;
    }
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO contribution (kind, status, author_id, benchmark_id, result_id, payload, reason, revision_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING id::text`,
      [kind, status, actor.userId, benchmarkId, resultId, JSON.stringify(proposal), reason, revisionId],
    );
    return row!.id;
  });
  return (await contributionById(dataSource, id))!;
}

/** The contribution behind a global id, locked, in the given status; NOT_FOUND or BAD_USER_INPUT. */
async function lockedContribution(sql: SqlRows, id: number, statuses: ContributionStatus[]) {
  const [row] = await sql.query<{
    id: string;
    kind: ContributionKind;
    status: ContributionStatus;
    authorId: number;
    authorName: string;
    payload: Proposal;
    reason: string;
    removalConfirmed: boolean;
  }>(
    `SELECT c.id::text, c.kind, c.status, c.author_id AS "authorId", a.name AS "authorName", c.payload, c.reason,
            c.removal_confirmed_at IS NOT NULL AS "removalConfirmed"
     FROM contribution c JOIN app_user a ON a.id = c.author_id WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
  if (!row) throw notFound('Contribution');
  if (!statuses.includes(row.status)) throw badInput('id', `the contribution is ${row.status}`);
  return row;
}

/** Applies a pending contribution as a revision by its author, approved by the moderator. */
export async function approve(dataSource: DataSource, moderator: UserActor, id: number): Promise<Contribution> {
  await inTransaction(dataSource, async (sql) => {
    const pending = await lockedContribution(sql, id, [ContributionStatus.PENDING]);
    const { benchmarkId, resultId, revisionId } = await publish(
      sql,
      pending.kind,
      pending.payload,
      { id: pending.authorId, name: pending.authorName },
      pending.reason,
      moderator,
    );
    await sql.query(
      `UPDATE contribution SET status = 'PUBLISHED', result_id = $2, revision_id = $3, reviewed_by = $4,
              reviewed_at = now(), benchmark_id = $5 WHERE id = $1`,
      [id, resultId, revisionId, moderator.userId, benchmarkId],
    );
  });
  return (await contributionById(dataSource, String(id)))!;
}

export async function reject(dataSource: DataSource, moderator: UserActor, id: number, reason: string) {
  await inTransaction(dataSource, async (sql) => {
    await lockedContribution(sql, id, [ContributionStatus.PENDING]);
    await sql.query(
      `UPDATE contribution SET status = 'REJECTED', reviewed_by = $2, reviewed_at = now(), review_reason = $3
       WHERE id = $1`,
      [id, moderator.userId, reason],
    );
  });
  return (await contributionById(dataSource, String(id)))!;
}

/** A moderator confirms a published removal: it leaves the review queue (and stays revertible by revision). */
export async function confirmRemoval(dataSource: DataSource, moderator: UserActor, id: number) {
  await inTransaction(dataSource, async (sql) => {
    const removal = await lockedContribution(sql, id, [ContributionStatus.PUBLISHED]);
    if (removal.kind !== ContributionKind.REMOVE_RESULT) throw badInput('id', 'the contribution is not a removal');
    if (removal.removalConfirmed) throw badInput('id', 'the removal is already confirmed');
    const [reverted] = await sql.query(
      `SELECT 1 FROM contribution c JOIN revision r ON r.id = c.revision_id WHERE c.id = $1 AND r.status = 'REVERTED'`,
      [id],
    );
    if (reverted) throw badInput('id', 'the removal was reverted: the row is back');
    await sql.query('UPDATE contribution SET removal_confirmed_by = $2, removal_confirmed_at = now() WHERE id = $1', [
      id,
      moderator.userId,
    ]);
  });
  return (await contributionById(dataSource, String(id)))!;
}

const revertReason = (what: string, reason: string) => `${what}: ${reason}`;

/** One click: a new revision restoring the rows of one revision as they were before it. */
export async function revertRevision(dataSource: DataSource, moderator: UserActor, revisionId: string, reason: string) {
  return inTransaction(dataSource, async (sql) => {
    await openRevision(sql);
    const revision = await revisionToRevert(sql, revisionId);
    const restoredRows = await revertRevisionRows(sql, revision);
    const written = await closeRevision(sql, {
      author: { id: moderator.userId, label: moderator.name },
      reason: revertReason(`Revert of revision ${revisionId}`, reason),
      source: { kind: 'revert', reverted: revisionId },
    });
    await bumpDataVersion(sql);
    return { revisionId: written?.id ?? null, revertedRevisions: 1, restoredRows, rejectedPending: 0 };
  });
}

/**
 * Everything one account did, undone in one transaction and one revision: each of its published
 * revisions reverted newest first, and its pending contributions rejected.
 */
export async function revertUser(dataSource: DataSource, moderator: UserActor, userId: number, reason: string) {
  return inTransaction(dataSource, async (sql) => {
    const [user] = await sql.query<{ id: number; name: string; role: string }>(
      'SELECT id, name, role FROM app_user WHERE id = $1',
      [userId],
    );
    if (!user) throw notFound('User');
    if (user.id === moderator.userId) throw forbidden("A moderator cannot bulk-revert their own account's changes");
    await openRevision(sql);
    const revisions = await sql.query<{ id: string }>(
      `SELECT id::text FROM revision WHERE author_id = $1 AND status = 'PUBLISHED' ORDER BY id DESC`,
      [userId],
    );
    let restoredRows = 0;
    for (const { id } of revisions) restoredRows += await revertRevisionRows(sql, await revisionToRevert(sql, id));
    const [{ rejected } = { rejected: 0 }] = await sql.query<{ rejected: number }>(
      `WITH done AS (
         UPDATE contribution SET status = 'REJECTED', reviewed_by = $2, reviewed_at = now(), review_reason = $3
         WHERE author_id = $1 AND status = 'PENDING' RETURNING id)
       SELECT count(*)::int AS rejected FROM done`,
      [userId, moderator.userId, revertReason('Bulk revert of the account', reason)],
    );
    const written = await closeRevision(sql, {
      author: { id: moderator.userId, label: moderator.name },
      reason: revertReason(`Revert of every change by ${user.name}`, reason),
      source: { kind: 'revert', revertedUser: userId },
    });
    await bumpDataVersion(sql);
    return {
      revisionId: written?.id ?? null,
      revertedRevisions: revisions.length,
      restoredRows,
      rejectedPending: rejected,
    };
  });
}
