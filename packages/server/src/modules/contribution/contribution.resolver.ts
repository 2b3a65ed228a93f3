import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import { countAttempt } from '../account/account-limits';
import { idOf } from '../account/account.service';
import { Viewer } from '../account/account.types';
import { requireRole, requireUser } from '../account/authorization';
import { markPersonalised } from '../account/personalised';
import { Role } from '../account/role';
import { PENDING_LISTED, REVIEW_PAGE } from './contribution.args';
import * as contributions from './contribution.service';
import {
  Contribution,
  ContributionKind,
  ContributionPage,
  ContributionStatus,
  EditableResult,
  MetricInput,
  ResultFieldsInput,
  RevertOutcome,
} from './contribution.types';
import { checkBoard, checkMetric, checkNewMetric } from './board-proposal';
import { boardOf, checkReason, checkResultFields } from './result-proposal';
import { currentRow, staleEdit } from './result-writes';

const PUBLISH_RULE = 'A CONTRIBUTOR’s change waits for review (PENDING); TRUSTED accounts and above publish at once.';

/** Contributing leaderboard rows, and moderating what contributors send (issue 12). */
@Resolver()
export class ContributionResolver {
  @Query(() => EditableResult, {
    nullable: true,
    description: 'A leaderboard row as it stands, with the version an edit must be based on; null if there is none.',
  })
  async editableResult(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EditableResult | null> {
    const row = await currentRow(context.dataSource, idOf('Result', id, 'id'));
    return row && { ...row, id: toGlobalId('Result', row.id), resultId: row.id };
  }

  @Authorized()
  @Mutation(() => Contribution, { description: `Adds a row to a leaderboard. ${PUBLISH_RULE}` })
  async addResult(
    @Arg('benchmark', { description: 'The board, by slug, e.g. question-answering-on-squad11.' }) benchmark: string,
    @Arg('result', () => ResultFieldsInput) result: ResultFieldsInput,
    @Arg('reason', { description: 'Why, e.g. where the numbers are published.' }) reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const board = await boardOf(context.dataSource, benchmark, 'benchmark');
    const checked = await checkResultFields(context.dataSource, board.id, result, 'result', true);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(
      context.dataSource,
      actor,
      ContributionKind.ADD_RESULT,
      { benchmarkId: board.id, benchmarkSlug: board.slug, ...checked },
      why,
    );
  }

  @Authorized()
  @Mutation(() => Contribution, {
    description: `Edits a leaderboard row: the fields given replace the stored ones. Refused (CONFLICT, with the row as it is now) when the row changed since baseVersion. ${PUBLISH_RULE}`,
  })
  async updateResult(
    @Arg('id', () => ID, { description: 'The row (Result.id).' }) id: string,
    @Arg('baseVersion', { description: 'The version the edit is based on (editableResult.version).' })
    baseVersion: string,
    @Arg('result', () => ResultFieldsInput) result: ResultFieldsInput,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const row = await rowOf(context, id, baseVersion);
    const checked = await checkResultFields(context.dataSource, row.benchmarkId, result, 'result', false);
    if (Object.keys(checked.columns ?? {}).length === 0 && !checked.values) throw badInput('result', 'changes nothing');
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(
      context.dataSource,
      actor,
      ContributionKind.UPDATE_RESULT,
      { benchmarkId: row.benchmarkId, benchmarkSlug: row.benchmarkSlug, resultId: row.id, baseVersion, ...checked },
      why,
    );
  }

  @Authorized()
  @Mutation(() => Contribution, {
    description: `Removes a leaderboard row. Soft: it can be restored by reverting its revision until a moderator confirms the removal. ${PUBLISH_RULE}`,
  })
  async removeResult(
    @Arg('id', () => ID, { description: 'The row (Result.id).' }) id: string,
    @Arg('baseVersion') baseVersion: string,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const row = await rowOf(context, id, baseVersion);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(
      context.dataSource,
      actor,
      ContributionKind.REMOVE_RESULT,
      { benchmarkId: row.benchmarkId, benchmarkSlug: row.benchmarkSlug, resultId: row.id, baseVersion, remove: true },
      why,
    );
  }

  @Authorized()
  @Mutation(() => Contribution, {
    description: `Creates a leaderboard for a task and dataset that have none, with its metrics (the first ranks by default). ${PUBLISH_RULE}`,
  })
  async createBenchmark(
    @Arg('task', { description: 'The task, by slug.' }) task: string,
    @Arg('dataset', { description: 'The dataset, by slug.' }) dataset: string,
    @Arg('metrics', () => [MetricInput]) metrics: MetricInput[],
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const proposal = await checkBoard(context.dataSource, task, dataset, metrics);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(context.dataSource, actor, ContributionKind.CREATE_BENCHMARK, proposal, why);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: `Adds a metric (a column) to a leaderboard. ${PUBLISH_RULE}` })
  async addMetric(
    @Arg('benchmark', { description: 'The board, by slug.' }) benchmark: string,
    @Arg('metric', () => MetricInput) metric: MetricInput,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const board = await boardOf(context.dataSource, benchmark, 'benchmark');
    const checked = checkMetric(metric.name, metric.direction, 'metric');
    await checkNewMetric(context.dataSource, board.id, checked);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(
      context.dataSource,
      actor,
      ContributionKind.ADD_METRIC,
      { benchmarkId: board.id, benchmarkSlug: board.slug, metric: checked },
      why,
    );
  }

  @Authorized(Role.MODERATOR)
  @Query(() => ContributionPage, {
    description: 'Moderators: pending contributions and removals awaiting confirmation, oldest first.',
  })
  async reviewQueue(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: REVIEW_PAGE.default, description: `At most ${REVIEW_PAGE.max}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
  ): Promise<ContributionPage> {
    markPersonalised(context, info);
    await requireRole(context, Role.MODERATOR);
    if (first < 0 || first > REVIEW_PAGE.max) throw badInput('first', `must be 0 to ${REVIEW_PAGE.max}`);
    if (after != null && !/^\d{1,18}$/.test(after)) throw badInput('after', 'is not a cursor of this list');
    return contributions.reviewQueue(context.dataSource, first, after ?? null);
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => Contribution, {
    description: 'Moderators: applies a pending contribution, as a revision by its author approved by the moderator.',
  })
  async approveRevision(@Arg('id', () => ID, { description: 'Contribution.id' }) id: string, @Ctx() context: Context) {
    const moderator = await requireRole(context, Role.MODERATOR);
    return contributions.approve(context.dataSource, moderator, idOf('Contribution', id, 'id'));
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => Contribution, { description: 'Moderators: rejects a pending contribution, saying why.' })
  async rejectRevision(
    @Arg('id', () => ID, { description: 'Contribution.id' }) id: string,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ) {
    const moderator = await requireRole(context, Role.MODERATOR);
    const why = checkReason(reason);
    return contributions.reject(context.dataSource, moderator, idOf('Contribution', id, 'id'), why);
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => Contribution, { description: 'Moderators: confirms a published removal of a row.' })
  async confirmRemoval(@Arg('id', () => ID, { description: 'Contribution.id' }) id: string, @Ctx() context: Context) {
    const moderator = await requireRole(context, Role.MODERATOR);
    return contributions.confirmRemoval(context.dataSource, moderator, idOf('Contribution', id, 'id'));
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => RevertOutcome, {
    description:
      'Moderators, one click: a new revision putting every leaderboard row the revision changed back as it was. ' +
      'Refused (CONFLICT, naming them) when later revisions changed the same rows.',
  })
  async revertRevision(
    @Arg('id', () => ID, { description: 'Revision.id' }) id: string,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<RevertOutcome> {
    const moderator = await requireRole(context, Role.MODERATOR);
    const why = checkReason(reason);
    if (!/^\d{1,18}$/.test(id)) throw badInput('id', 'a revision id is a positive whole number');
    return contributions.revertRevision(context.dataSource, moderator, id, why);
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => RevertOutcome, {
    description:
      "Moderators: reverts every published revision of one account, newest first, in one revision, and rejects the account's pending contributions.",
  })
  async revertUser(
    @Arg('userId', () => ID, { description: 'User.id' }) userId: string,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<RevertOutcome> {
    const moderator = await requireRole(context, Role.MODERATOR);
    const why = checkReason(reason);
    return contributions.revertUser(context.dataSource, moderator, idOf('User', userId, 'userId'), why);
  }
}

/** The row an edit names, at the version it was based on (checked again when applied). */
async function rowOf(context: Context, id: string, baseVersion: string) {
  const resultId = idOf('Result', id, 'id');
  if (!/^\d{1,20}$/.test(baseVersion)) throw badInput('baseVersion', 'is not a version (editableResult.version)');
  const row = await currentRow(context.dataSource, resultId);
  if (!row) throw badInput('id', 'no leaderboard row has this id');
  if (row.version !== baseVersion) throw staleEdit(row, baseVersion);
  return row;
}

@Resolver(() => Viewer)
export class ViewerContributionsResolver {
  @FieldResolver(() => [Contribution], {
    description: `The account's contributions waiting for review, newest first (at most ${PENDING_LISTED}): seen by their author only.`,
  })
  pendingChanges(@Root() viewer: Viewer, @Ctx() { dataSource }: Context): Promise<Contribution[]> {
    return contributions.contributionsOf(dataSource, viewer.userId, ContributionStatus.PENDING, PENDING_LISTED);
  }

  @FieldResolver(() => [Contribution], {
    description: `The account's contributions in any status, newest first (at most ${PENDING_LISTED}).`,
  })
  contributions(@Root() viewer: Viewer, @Ctx() { dataSource }: Context): Promise<Contribution[]> {
    return contributions.contributionsOf(dataSource, viewer.userId, null, PENDING_LISTED);
  }
}
