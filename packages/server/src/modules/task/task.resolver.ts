import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { Area } from '../area/area.entity';
import { Benchmark } from '../benchmark/benchmark.entity';
import { Dataset } from '../dataset/dataset.entity';
import { PaperConnection, paperConnectionOf } from '../paper/paper.connection';
import { TaskConnection } from './task.connection';
import { Task } from './task.entity';
import { TASK_SQL } from './task.sql';
import { TasksArgs } from './task.inputs';
import { listTasks } from './task.service';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: 'A task by slug; null when absent.' })
  task(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Task | null> {
    return selectBySlug<Task>(dataSource, TASK_SQL, info, slug);
  }

  @Query(() => TaskConnection, { description: 'Tasks, most-studied first unless ordered otherwise.' })
  async tasks(
    @Args() { filter, orderBy, first, after }: TasksArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = await listTasks<Task>(dataSource, filter ?? {}, orderBy, selectedNodeFields(info), { first, after });
    return toConnection(TaskConnection, page);
  }

  @FieldResolver(() => ID)
  id(@Root() task: Task): string {
    return toGlobalId('Task', task.slug);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The primary research area.' })
  area(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, async () => (await loaders.areasByTask.load(task.id))[0] ?? null);
  }

  @FieldResolver(() => [Area], { description: 'Every area the task belongs to, primary first.' })
  areas(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.areasByTask.load(task.id));
  }

  @FieldResolver(() => [Task], { description: 'Direct parents in the task hierarchy (a DAG).' })
  parents(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.parentsByTask.load(task.id));
  }

  @FieldResolver(() => [Task], { description: 'Direct subtasks.' })
  subtasks(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.subtasksByTask.load(task.id));
  }

  @FieldResolver(() => [Benchmark], { description: "The task's leaderboards, one per dataset." })
  benchmarks(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.benchmarksByTask.load(task.id));
  }

  @FieldResolver(() => [Dataset])
  datasets(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.datasetsByTask.load(task.id));
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers on this task, newest first.' })
  papers(@Root() task: Task, @Args() page: PaginationArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return paperConnectionOf(context, { kind: 'task', id: task.id }, page, info);
  }

  @FieldResolver(() => Int)
  paperCount(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.paperCountByTask.load(task.id));
  }

  @FieldResolver(() => Int)
  benchmarkCount(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.benchmarkCountByTask.load(task.id));
  }

  @FieldResolver(() => Int)
  datasetCount(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.datasetCountByTask.load(task.id));
  }

  @FieldResolver(() => Int)
  subtaskCount(@Root() task: Task, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(task, info, () => loaders.subtaskCountByTask.load(task.id));
  }
}
