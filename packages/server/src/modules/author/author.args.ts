import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Bounds of an author's lists: each is cut from one ranked statement, not paged. */
export const AUTHOR_LIST_LIMITS = {
  coAuthors: { default: 10, max: 50 },
  tasks: { default: 10, max: 50 },
  results: { default: 20, max: 100 },
  repositories: { default: 10, max: 50 },
} as const;

function firstArgs(limit: { default: number; max: number }) {
  @ArgsType()
  class FirstArgs {
    @Field(() => Int, { defaultValue: limit.default, description: `How many, at most ${limit.max}.` })
    @Min(0)
    @Max(limit.max)
    first: number = limit.default;
  }
  return FirstArgs;
}

@ArgsType()
export class CoAuthorsArgs extends firstArgs(AUTHOR_LIST_LIMITS.coAuthors) {}
@ArgsType()
export class AuthorTasksArgs extends firstArgs(AUTHOR_LIST_LIMITS.tasks) {}
@ArgsType()
export class AuthorResultsArgs extends firstArgs(AUTHOR_LIST_LIMITS.results) {}
@ArgsType()
export class AuthorRepositoriesArgs extends firstArgs(AUTHOR_LIST_LIMITS.repositories) {}

/** The `first` of a bounded list as SQL can use it, or null when out of range (the resolver reports it). */
export function boundedFirst(args: Record<string, unknown>, limit: { max: number }): number | null {
  const { first } = args;
  return typeof first === 'number' && Number.isInteger(first) && first >= 0 && first <= limit.max ? first : null;
}
