import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { preloaded } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { Benchmark } from './benchmark.entity';
import { Metric } from './metric.entity';

@Resolver(() => Metric)
export class MetricResolver {
  @FieldResolver(() => ID)
  id(@Root() metric: Metric): string {
    return toGlobalId('Metric', metric.id);
  }

  @FieldResolver(() => Benchmark)
  benchmark(@Root() metric: Metric, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(metric, info, () => loaders.benchmark.load(metric.benchmarkId));
  }
}
