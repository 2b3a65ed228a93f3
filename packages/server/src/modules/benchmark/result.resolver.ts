import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { preloaded } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { Paper } from '../paper/paper.entity';
import { Benchmark } from './benchmark.entity';
import { resultHasCode } from './leaderboard.service';
import { ResultValue } from './result-value.entity';
import { Result } from './result.entity';

@Resolver(() => Result)
export class ResultResolver {
  @FieldResolver(() => ID)
  id(@Root() result: Result): string {
    return toGlobalId('Result', result.id);
  }

  @FieldResolver(() => Benchmark)
  benchmark(@Root() result: Result, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(result, info, () => loaders.benchmark.load(result.benchmarkId));
  }

  @FieldResolver(() => Paper, { nullable: true, description: 'The paper, when the row could be linked to one.' })
  paper(@Root() result: Result, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(result, info, () => (result.paperId == null ? null : loaders.paper.load(result.paperId)));
  }

  @FieldResolver(() => [ResultValue], { description: 'Every value of the row, in column order.' })
  values(@Root() result: Result, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(result, info, () => loaders.valuesByResult.load(result.id));
  }

  @FieldResolver(() => Boolean, { description: 'The row links code, or its paper has a repository.' })
  hasCode(@Root() result: Result, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(result, info, () => resultHasCode(loaders, result));
  }
}
