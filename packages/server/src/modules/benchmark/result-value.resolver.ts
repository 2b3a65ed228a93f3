import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Metric } from './metric.entity';
import { ResultValue } from './result-value.entity';

@Resolver(() => ResultValue)
export class ResultValueResolver {
  @FieldResolver(() => Metric)
  metric(@Root() value: ResultValue, @Ctx() { loaders }: Context) {
    return loaders.metric.load(value.metricId);
  }
}
