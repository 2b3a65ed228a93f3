import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
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
  benchmark(@Root() metric: Metric, @Ctx() { loaders }: Context) {
    return loaders.benchmark.load(metric.benchmarkId);
  }
}
