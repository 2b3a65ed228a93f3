import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionFromQuery } from '../../graphql/connection-from-query';
import type { Context } from '../../graphql/context';
import { preloaded } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import type { SortKey } from '../../graphql/keyset-pagination';
import { PaginationArgs } from '../../graphql/pagination.args';
import { BenchmarkConnection } from '../benchmark/benchmark.connection';
import { listBenchmarks } from '../benchmark/benchmark.service';
import { BenchmarkOrder } from '../benchmark/benchmark.inputs';
import { MethodCollection } from '../method/method-collection.entity';
import { TaskConnection } from '../task/task.connection';
import { TaskOrder } from '../task/task.inputs';
import { listTasks } from '../task/task.service';
import { AreaConnection } from './area.connection';
import { Area } from './area.entity';
import { AreaOrder, AreasArgs } from './area.inputs';

const SORT_KEYS: Record<AreaOrder, SortKey[]> = {
  [AreaOrder.NAME_ASC]: [
    { sql: 'lower(area.name)', type: 'text', direction: 'ASC' },
    { sql: 'area.id', type: 'int', direction: 'ASC' },
  ],
  [AreaOrder.TASK_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM task_area ta WHERE ta.area_id = area.id)', type: 'bigint', direction: 'DESC' },
    { sql: 'area.id', type: 'int', direction: 'ASC' },
  ],
};

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: 'A research area by slug; null when absent.' })
  area(@Arg('slug') slug: string, @Ctx() { dataSource }: Context): Promise<Area | null> {
    return dataSource.getRepository(Area).findOneBy({ slug });
  }

  @Query(() => AreaConnection, { description: 'Research areas, largest first unless ordered otherwise.' })
  areas(@Args() { orderBy, first, after }: AreasArgs, @Ctx() { dataSource }: Context) {
    const query = dataSource.getRepository(Area).createQueryBuilder('area');
    return connectionFromQuery(AreaConnection, query, SORT_KEYS[orderBy], { first, after });
  }

  @FieldResolver(() => ID)
  id(@Root() area: Area): string {
    return toGlobalId('Area', area.slug);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks of the area, most-studied first.' })
  tasks(
    @Root() area: Area,
    @Args() { first, after }: PaginationArgs,
    @Ctx() { dataSource }: Context,
    @Arg('topLevel', () => Boolean, { nullable: true, description: 'true: only tasks without a parent.' })
    topLevel?: boolean | null,
  ) {
    return listTasks(dataSource, TaskConnection, { area: area.slug, topLevel }, TaskOrder.PAPER_COUNT_DESC, {
      first,
      after,
    });
  }

  @FieldResolver(() => BenchmarkConnection, { description: 'Leaderboards of the tasks of the area, largest first.' })
  benchmarks(@Root() area: Area, @Args() { first, after }: PaginationArgs, @Ctx() { dataSource }: Context) {
    return listBenchmarks(dataSource, BenchmarkConnection, { area: area.slug }, BenchmarkOrder.RESULT_COUNT_DESC, {
      first,
      after,
    });
  }

  @FieldResolver(() => [MethodCollection], { description: 'Method collections of the area.' })
  methodCollections(@Root() area: Area, @Ctx() { loaders }: Context) {
    return loaders.collectionsByArea.load(area.id);
  }

  @FieldResolver(() => Int)
  taskCount(@Root() area: Area, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(area, info, () => loaders.taskCountByArea.load(area.id));
  }

  @FieldResolver(() => Int)
  benchmarkCount(@Root() area: Area, @Ctx() { loaders }: Context) {
    return loaders.benchmarkCountByArea.load(area.id);
  }
}
