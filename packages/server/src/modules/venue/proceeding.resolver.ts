import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { Result } from '../benchmark/result.entity';
import { PaperConnection } from '../paper/paper.connection';
import { papersWithStoredCount } from './stored-count-papers';
import { Paper } from '../paper/paper.entity';
import { Proceeding } from './proceeding.entity';
import { VENUE_LIST_LIMITS, VenueResultsArgs } from './venue.args';
import { Venue } from './venue.entity';
import { checkedFirst } from './venue.resolver';
import { PROCEEDING_SQL } from './venue.sql';

@Resolver(() => Proceeding)
export class ProceedingResolver {
  @Query(() => Proceeding, {
    nullable: true,
    description: 'A proceeding by slug (e.g. naacl-2019-6, as /conference/<slug>); null when absent.',
  })
  proceeding(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Proceeding | null> {
    return selectBySlug<Proceeding>(dataSource, PROCEEDING_SQL, info, slug);
  }

  @FieldResolver(() => ID)
  id(@Root() proceeding: Proceeding): string {
    return toGlobalId('Proceeding', proceeding.slug);
  }

  @FieldResolver(() => Venue)
  async venue(@Root() proceeding: Proceeding, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(proceeding, info, async () => (await loaders.venueOfProceeding.load(proceeding.id))[0]);
  }

  @FieldResolver(() => PaperConnection, { description: 'Its papers, newest first.' })
  papers(
    @Root() proceeding: Proceeding,
    @Args() page: PaginationArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return papersWithStoredCount(
      context,
      { kind: 'proceeding', id: proceeding.id, paperCount: proceeding.paperCount },
      page,
      info,
    );
  }

  @FieldResolver(() => [Result], { description: 'Leaderboard rows of its papers, newest first.' })
  results(
    @Root() proceeding: Proceeding,
    @Args() args: VenueResultsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, VENUE_LIST_LIMITS.results);
    return preloaded(proceeding, info, async () =>
      (await loaders.resultsByProceeding.load(proceeding.id)).slice(0, first),
    );
  }
}

/** Paper.publishedIn: the proceeding a paper's `proceeding` text names. */
@Resolver(() => Paper)
export class PaperVenueResolver {
  @FieldResolver(() => Proceeding, {
    nullable: true,
    description: 'The proceeding (venue edition) its `proceeding` text names; null when none.',
  })
  publishedIn(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, async () => (await loaders.proceedingOfPaper.load(paper.id))[0] ?? null);
  }
}
