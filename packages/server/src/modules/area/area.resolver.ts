import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { toConnection } from '../../graphql/connection.type';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { PaginationArgs } from '../../graphql/pagination.args';
import { BenchmarkConnection } from '../benchmark/benchmark.connection';
import { Benchmark } from '../benchmark/benchmark.entity';
import { benchmarksOfArea } from '../benchmark/benchmark.service';
import { MethodCollection } from '../method/method-collection.entity';
import { TaskConnection } from '../task/task.connection';
import { Task } from '../task/task.entity';
import { tasksOfArea } from '../task/task.service';
import { AreaConnection } from './area.connection';
import { Area } from './area.entity';
import { AREA_SQL } from './area.sql';
import { AreasArgs } from './area.inputs';
import { listAreas } from './area.service';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: 'A research area by slug; null when absent.' })
  area(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Area | null> {
    return selectBySlug<Area>(dataSource, AREA_SQL, info, slug);
  }

  @Query(() => AreaConnection, { description: 'Research areas, largest first unless ordered otherwise.' })
  async areas(
    @Args() { orderBy, first, after }: AreasArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return toConnection(
      AreaConnection,
      await listAreas<Area>(dataSource, orderBy, selectedNodeFields(info), { first, after }),
    );
  }

  @FieldResolver(() => ID)
  id(@Root() area: Area): string {
    return toGlobalId('Area', area.slug);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks of the area, most-studied first.' })
  async tasks(
    @Root() area: Area,
    @Args() page: PaginationArgs,
    @Ctx() { dataSource, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('topLevel', () => Boolean, { nullable: true, description: 'true: only tasks without a parent.' })
    topLevel?: boolean | null,
  ) {
    const tasks = await tasksOfArea<Task>(dataSource, loaders, area.id, topLevel, selectedNodeFields(info), page);
    return toConnection(TaskConnection, tasks);
  }

  @FieldResolver(() => BenchmarkConnection, { description: 'Leaderboards of the tasks of the area, largest first.' })
  async benchmarks(
    @Root() area: Area,
    @Args() page: PaginationArgs,
    @Ctx() { dataSource, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const boards = await benchmarksOfArea<Benchmark>(dataSource, loaders, area.id, selectedNodeFields(info), page);
    return toConnection(BenchmarkConnection, boards);
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
