import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

/** Bounds of a venue's or proceeding's lists, each cut from one ranked statement. */
export const VENUE_LIST_LIMITS = {
  proceedings: { default: 50, max: 100 },
  results: { default: 20, max: 100 },
} as const;

@ArgsType()
export class VenueProceedingsArgs {
  @Field(() => Int, {
    defaultValue: VENUE_LIST_LIMITS.proceedings.default,
    description: `How many, at most ${VENUE_LIST_LIMITS.proceedings.max}.`,
  })
  @Min(0)
  @Max(VENUE_LIST_LIMITS.proceedings.max)
  first: number = VENUE_LIST_LIMITS.proceedings.default;
}

@ArgsType()
export class VenueResultsArgs {
  @Field(() => Int, {
    defaultValue: VENUE_LIST_LIMITS.results.default,
    description: `How many, at most ${VENUE_LIST_LIMITS.results.max}.`,
  })
  @Min(0)
  @Max(VENUE_LIST_LIMITS.results.max)
  first: number = VENUE_LIST_LIMITS.results.default;
}

@ArgsType()
export class VenuesArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Text in the name or slug.' })
  @MaxLength(200)
  query?: string | null;
}
