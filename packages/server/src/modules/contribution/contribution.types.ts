import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MetricDirection } from '../benchmark/metric-direction.enum';

export enum ContributionKind {
  ADD_RESULT = 'ADD_RESULT',
  UPDATE_RESULT = 'UPDATE_RESULT',
  REMOVE_RESULT = 'REMOVE_RESULT',
  CREATE_BENCHMARK = 'CREATE_BENCHMARK',
  ADD_METRIC = 'ADD_METRIC',
  EDIT_DESCRIPTION = 'EDIT_DESCRIPTION',
  ADD_PAPER = 'ADD_PAPER',
  LINK_CODE = 'LINK_CODE',
  UNLINK_CODE = 'UNLINK_CODE',
}
registerEnumType(ContributionKind, { name: 'ContributionKind', description: 'What a contribution changes.' });

export enum ContributionStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}
registerEnumType(ContributionStatus, {
  name: 'ContributionStatus',
  description: 'PENDING: waits for a moderator and is not on the public pages; PUBLISHED: applied as a revision.',
});

@InputType({ description: 'One value of a result: the metric by name and the value as published, e.g. "93.2".' })
export class MetricValueInput {
  @Field({ description: "The metric's name on the board, e.g. EM." })
  metric: string;

  @Field({ description: 'The value as published; its number is parsed as the archive is.' })
  value: string;
}

@InputType({ description: 'A new metric: its name and whether larger or smaller values are better.' })
export class MetricInput {
  @Field()
  name: string;

  @Field(() => MetricDirection)
  direction: MetricDirection;
}

@InputType({ description: 'A link to code or to a model.' })
export class LinkInput {
  @Field({ description: 'What it is, e.g. the repository name.' })
  title: string;

  @Field({ description: 'An http(s) URL.' })
  url: string;
}

@InputType({ description: 'The fields of a leaderboard row; in updateResult, those given replace the stored ones.' })
export class ResultFieldsInput {
  @Field(() => String, { nullable: true })
  modelName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The paper, by its slug or arXiv id (e.g. 1810.04805); or give paperTitle and paperUrl.',
  })
  paper?: string | null;

  @Field(() => String, { nullable: true })
  paperTitle?: string | null;

  @Field(() => String, { nullable: true })
  paperUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the result was published.' })
  evaluatedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The model used extra training data.' })
  usesAdditionalData?: boolean | null;

  @Field(() => [MetricValueInput], {
    nullable: true,
    description: 'Values by metric name; in updateResult, the full new set (a metric left out loses its value).',
  })
  values?: MetricValueInput[] | null;

  @Field(() => [LinkInput], { nullable: true, description: 'Code repositories (at most 10).' })
  codeLinks?: LinkInput[] | null;
}

@ObjectType({ description: 'A value a contribution proposes for a metric.' })
export class ProposedValue {
  @Field()
  metric: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'A change an account asked for: pending review, published as a revision, or rejected.' })
export class Contribution {
  @Field(() => ID)
  id: string;

  @Field(() => ContributionKind)
  kind: ContributionKind;

  @Field(() => ContributionStatus)
  status: ContributionStatus;

  @Field({ description: "The author's name." })
  authorName: string;

  @Field(() => ID, { description: "The author's account (User.id)." })
  authorId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The board, by slug (for a new board: the slug it gets); null for changes of descriptions, papers and code.',
  })
  benchmarkSlug: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For changes of descriptions, papers and code: what it is about (TASK, DATASET, METHOD or PAPER).',
  })
  subjectType: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its slug (for a paper not yet added: the slug it gets), e.g. /method/<subjectSlug>.',
  })
  subjectSlug: string | null;

  @Field(() => String, { nullable: true, description: 'Its name or title.' })
  subjectName: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The leaderboard row (its entity id in revisions); null until added.',
  })
  resultId: number | null;

  @Field(() => String, { nullable: true, description: 'The model name (or the new metric) the change is about.' })
  modelName: string | null;

  @Field(() => [ProposedValue], { description: 'The values it sets (none for a removal).' })
  values: ProposedValue[];

  @Field(() => String, { description: 'Every field it proposes, as JSON (for review).' })
  proposal: string;

  @Field()
  reason: string;

  @Field(() => DateTimeResolver)
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The revision that applied it, once published.' })
  revisionId: string | null;

  @Field(() => String, { nullable: true, description: 'The moderator who approved or rejected it.' })
  reviewerName: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  reviewReason: string | null;

  @Field(() => Boolean, {
    description: 'For a published removal: a moderator confirmed it (until then it is restorable by reverting).',
  })
  removalConfirmed: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The row's version after this change (give it as baseVersion to edit the row next).",
  })
  resultVersion: string | null;
}

@ObjectType({ description: 'A page of contributions, oldest first.' })
export class ContributionPage {
  @Field(() => [Contribution])
  items: Contribution[];

  @Field(() => String, { nullable: true, description: 'Pass as after for the next page; null on the last.' })
  endCursor: string | null;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'A leaderboard row as it stands now, with the version to base an edit on.' })
export class EditableResult {
  @Field(() => ID, { description: 'Result.id' })
  id: string;

  @Field(() => Int, { description: 'The row in its table (its entity id in revisions).' })
  resultId: number;

  @Field()
  benchmarkSlug: string;

  @Field()
  modelName: string;

  @Field(() => String, { nullable: true })
  paperTitle: string | null;

  @Field(() => String, { nullable: true })
  paperUrl: string | null;

  @Field(() => String, { nullable: true })
  evaluatedOn: string | null;

  @Field()
  usesAdditionalData: boolean;

  @Field(() => [ProposedValue])
  values: ProposedValue[];

  @Field({ description: 'Give it as baseVersion: an edit based on an older version is refused.' })
  version: string;
}

@ObjectType({ description: 'The outcome of a revert: the new revision that restored the rows.' })
export class RevertOutcome {
  @Field(() => ID, { nullable: true, description: 'The revision written (null when nothing needed restoring).' })
  revisionId: string | null;

  @Field(() => Int, { description: 'Revisions reverted.' })
  revertedRevisions: number;

  @Field(() => Int, { description: 'Rows restored, re-added or removed again.' })
  restoredRows: number;

  @Field(() => Int, { description: 'Pending contributions rejected (revertUser).' })
  rejectedPending: number;
}
