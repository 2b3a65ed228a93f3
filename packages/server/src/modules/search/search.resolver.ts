import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PaperFilter } from '../paper/paper.inputs';
import { paperFacets } from './paper-facets';
import { PaperFacets } from './paper-facets.types';
import { SearchArgs, SuggestArgs } from './search.inputs';
import { search, suggest } from './search.service';
import { SearchConnection, SuggestGroup } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'One search over papers, tasks, datasets, methods, leaderboards, authors and venues: exact names first, then ' +
      'prefixes, then words, then typos (README, Search).',
  })
  search(@Args() args: SearchArgs, @Ctx() { dataSource, loaders }: Context): Promise<SearchConnection> {
    return search(dataSource, loaders, args);
  }

  @Query(() => [SuggestGroup], {
    description: 'Typeahead: the best few hits of each type for what has been typed, best group first.',
  })
  suggest(@Args() args: SuggestArgs, @Ctx() { dataSource, loaders }: Context): Promise<SuggestGroup[]> {
    return suggest(dataSource, loaders, args);
  }

  @Query(() => PaperFacets, {
    description:
      'Facets of the papers `papers(filter:)` lists: counts by year, task, dataset, method, code, framework ' +
      'and venue (README, Search).',
  })
  paperFacets(
    @Arg('filter', () => PaperFilter) filter: PaperFilter,
    @Ctx() { dataSource }: Context,
  ): Promise<PaperFacets> {
    return paperFacets(dataSource, filter);
  }
}
