import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { countAttempt } from '../account/account-limits';
import { requireUser } from '../account/authorization';
import { checkCodeLink, checkCodeUnlink, CodeLinkInput } from './code-link';
import * as contributions from './contribution.service';
import { Contribution, ContributionKind } from './contribution.types';
import { checkDescriptionEdit, currentDescription, DescribedType } from './description-edit';
import { checkPaper, PaperInput } from './paper-proposal';
import { checkReason } from './result-proposal';

const PUBLISH_RULE = 'A CONTRIBUTOR’s change waits for review (PENDING); TRUSTED accounts and above publish at once.';

@ObjectType({ description: 'A description as it stands, with the version an edit must be based on.' })
export class EditableDescription {
  @Field(() => DescribedType)
  type: DescribedType;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Markdown, as stored.' })
  description: string | null;

  @Field({ description: 'Give it as baseVersion: an edit based on an older text is refused (CONFLICT).' })
  version: string;
}

/** Contributions of content (issue 12): descriptions, papers and their code. */
@Resolver()
export class ContentContributionResolver {
  @Query(() => EditableDescription, {
    nullable: true,
    description: 'The description of a task, dataset or method as it stands, with its version; null if there is none.',
  })
  async editableDescription(
    @Arg('type', () => DescribedType) type: DescribedType,
    @Arg('slug') slug: string,
    @Ctx() context: Context,
  ): Promise<EditableDescription | null> {
    const current = await currentDescription(context.dataSource, type, { slug: slug.trim() });
    return (
      current && {
        type,
        slug: current.slug,
        name: current.name,
        description: current.description,
        version: current.version,
      }
    );
  }

  @Authorized()
  @Mutation(() => Contribution, {
    description: `Replaces the markdown description of a task, dataset or method (stored verbatim, shown sanitised). Refused (CONFLICT, with the text now) when it changed since baseVersion. ${PUBLISH_RULE}`,
  })
  async editDescription(
    @Arg('type', () => DescribedType) type: DescribedType,
    @Arg('slug') slug: string,
    @Arg('baseVersion', { description: 'editableDescription.version' }) baseVersion: string,
    @Arg('description', { description: 'Markdown, at most 50,000 characters.' }) description: string,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const proposal = await checkDescriptionEdit(context.dataSource, type, slug, baseVersion, description);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(context.dataSource, actor, ContributionKind.EDIT_DESCRIPTION, proposal, why);
  }

  @Authorized()
  @Mutation(() => Contribution, {
    description: `Adds a paper by arXiv id or URL, with its title, authors, date and abstract as typed. Refused, naming it, when the paper is known already (by arXiv id, URL or title). ${PUBLISH_RULE}`,
  })
  async addPaper(
    @Arg('paper', () => PaperInput) paper: PaperInput,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const proposal = await checkPaper(context.dataSource, paper);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(context.dataSource, actor, ContributionKind.ADD_PAPER, proposal, why);
  }

  @Authorized()
  @Mutation(() => Contribution, { description: `Links a code repository to a paper. ${PUBLISH_RULE}` })
  async linkCode(
    @Arg('paper', { description: 'The paper, by slug.' }) paper: string,
    @Arg('repository', () => CodeLinkInput) repository: CodeLinkInput,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const proposal = await checkCodeLink(context.dataSource, paper, repository);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(context.dataSource, actor, ContributionKind.LINK_CODE, proposal, why);
  }

  @Authorized()
  @Mutation(() => Contribution, {
    description: `Removes the link between a paper and a code repository (the repository stays for its other papers). ${PUBLISH_RULE}`,
  })
  async unlinkCode(
    @Arg('paper', { description: 'The paper, by slug.' }) paper: string,
    @Arg('url', { description: 'The repository URL, as the paper lists it.' }) url: string,
    @Arg('reason') reason: string,
    @Ctx() context: Context,
  ): Promise<Contribution> {
    const actor = await requireUser(context);
    const why = checkReason(reason);
    const proposal = await checkCodeUnlink(context.dataSource, paper, url);
    await countAttempt([context.accountLimiters.contributionByAccount, `account:${actor.userId}`]);
    return contributions.submit(context.dataSource, actor, ContributionKind.UNLINK_CODE, proposal, why);
  }
}
