import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
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
  benchmark(@Root() result: Result, @Ctx() { loaders }: Context) {
    return loaders.benchmark.load(result.benchmarkId);
  }

  @FieldResolver(() => Paper, { nullable: true, description: 'The paper, when the row could be linked to one.' })
  paper(@Root() result: Result, @Ctx() { loaders }: Context) {
    return result.paperId == null ? null : loaders.paper.load(result.paperId);
  }

  @FieldResolver(() => [ResultValue], { description: 'Every value of the row, in column order.' })
  values(@Root() result: Result, @Ctx() { loaders }: Context) {
    return loaders.valuesByResult.load(result.id);
  }

  @FieldResolver(() => Boolean, { description: 'The row links code, or its paper has a repository.' })
  hasCode(@Root() result: Result, @Ctx() { loaders }: Context) {
    return resultHasCode(loaders, result);
  }
}
