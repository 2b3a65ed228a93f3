import { Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { RevisionEntityType } from './revision.types';

export const REVISION_PAGE = { default: 20, max: 50 };
export const CHANGE_PAGE = { default: 100, max: 500 };

@InputType({ description: 'What to list revisions of: a board (its rows and metrics too), or one entity.' })
export class RevisionSubject {
  @Field(() => RevisionEntityType)
  type: RevisionEntityType;

  @Field(() => String, { nullable: true, description: 'For BENCHMARK, TASK, DATASET, METHOD, PAPER.' })
  slug?: string | null;

  @Field(() => Int, { nullable: true, description: 'For RESULT and METRIC (rows and columns have no slug).' })
  @Min(1)
  id?: number | null;
}

@ArgsType()
export class RevisionsArgs {
  @Field(() => Int, { defaultValue: REVISION_PAGE.default, description: `Page size, at most ${REVISION_PAGE.max}.` })
  @Min(0)
  @Max(REVISION_PAGE.max)
  first: number = REVISION_PAGE.default;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class SubjectRevisionsArgs extends RevisionsArgs {
  @Field(() => RevisionSubject, { nullable: true, description: 'Only the revisions that changed it; all when absent.' })
  @ValidateNested()
  subject?: RevisionSubject | null;
}

@ArgsType()
export class ChangesArgs {
  @Field(() => Int, { defaultValue: CHANGE_PAGE.default, description: `Page size, at most ${CHANGE_PAGE.max}.` })
  @Min(0)
  @Max(CHANGE_PAGE.max)
  first: number = CHANGE_PAGE.default;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
