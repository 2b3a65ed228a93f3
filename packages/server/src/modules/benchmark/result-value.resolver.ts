import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { preloaded } from '../../graphql/sql-projection';
import { Metric } from './metric.entity';
import { ResultValue } from './result-value.entity';

@Resolver(() => ResultValue)
export class ResultValueResolver {
  @FieldResolver(() => Metric)
  metric(@Root() value: ResultValue, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(value, info, () => loaders.metric.load(value.metricId));
  }
}
