import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import { badInput } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { boundedFirst } from '../author/author.args';
import { Result } from '../benchmark/result.entity';
import { PaperConnection } from '../paper/paper.connection';
import { papersWithStoredCount } from './stored-count-papers';
import { Proceeding } from './proceeding.entity';
import { VENUE_LIST_LIMITS, VenueProceedingsArgs, VenueResultsArgs, VenuesArgs } from './venue.args';
import { VenueConnection } from './venue.connection';
import { Venue } from './venue.entity';
import { listVenues } from './venue.service';
import { VENUE_SQL } from './venue.sql';

/** `first` of a bounded list, or BAD_USER_INPUT naming it. */
export function checkedFirst(args: { first: number }, limit: { max: number }): number {
  const first = boundedFirst(args, limit);
  if (first === null) throw badInput('first', `must be between 0 and ${limit.max}`);
  return first;
}

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true, description: 'A venue by slug (e.g. neurips); null when absent.' })
  venue(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Venue | null> {
    return selectBySlug<Venue>(dataSource, VENUE_SQL, info, slug);
  }

  @Query(() => VenueConnection, { description: 'Venues, most papers first.' })
  async venues(
    @Args() { query, first, after }: VenuesArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return toConnection(
      VenueConnection,
      await listVenues<Venue>(dataSource, query, selectedNodeFields(info), { first, after }),
    );
  }

  @FieldResolver(() => ID)
  id(@Root() venue: Venue): string {
    return toGlobalId('Venue', venue.slug);
  }

  @FieldResolver(() => [Proceeding], { description: 'Its editions, newest first.' })
  proceedings(
    @Root() venue: Venue,
    @Args() args: VenueProceedingsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, VENUE_LIST_LIMITS.proceedings);
    return preloaded(venue, info, async () => (await loaders.proceedingsByVenue.load(venue.id)).slice(0, first));
  }

  @FieldResolver(() => Int)
  proceedingCount(@Root() venue: Venue, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(venue, info, () => loaders.proceedingCountByVenue.load(venue.id));
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers of all its proceedings, newest first.' })
  papers(
    @Root() venue: Venue,
    @Args() page: PaginationArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return papersWithStoredCount(context, { kind: 'venue', id: venue.id, paperCount: venue.paperCount }, page, info);
  }

  @FieldResolver(() => [Result], { description: 'Leaderboard rows of its papers, newest first.' })
  results(
    @Root() venue: Venue,
    @Args() args: VenueResultsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, VENUE_LIST_LIMITS.results);
    return preloaded(venue, info, async () => (await loaders.resultsByVenue.load(venue.id)).slice(0, first));
  }
}
