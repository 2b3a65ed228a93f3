import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { connectionNodeFields, fieldsInside, selectedFields, selectedNodeFields } from '../../graphql/selected-fields';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { toConnection } from '../../graphql/connection.type';
import { notFound } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import { exportBoard } from './export/board-export';
import { ExportFormat, fileFormat } from './export/export-format.enum';
import { exportContext, formatBoard } from './export/export-formats';
import { Dataset } from '../dataset/dataset.entity';
import { Task } from '../task/task.entity';
import { BenchmarkConnection, LeaderboardRowConnection } from './benchmark.connection';
import { Benchmark } from './benchmark.entity';
import { BenchmarksArgs, LeaderboardRowsArgs } from './benchmark.inputs';
import { listBenchmarks } from './benchmark.service';
import { LeaderboardRow, SotaPoint } from './leaderboard-row.type';
import { countRows } from './leaderboard/count-rows';
import { BENCHMARK_SQL } from './benchmark.sql';
import { boardAsOf, checkAsOf, withAsOf } from './board-as-of';
import { boardMetrics, leaderboardPage, leaderboardSotaHistory, shareLoadedMetrics } from './leaderboard.service';
import { Metric } from './metric.entity';

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @Query(() => Benchmark, { nullable: true, description: 'A leaderboard by slug, e.g. question-answering-on-squad11.' })
  async benchmark(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('asOf', () => DateTimeResolver, {
      nullable: true,
      description:
        'The board as it stood at this time, from its revision history: rows, metrics, best, sotaHistory, ' +
        'export and resultCount answer for that time (task and dataset are as now). Not in the future; before ' +
        'historyStartsAt the board has no rows.',
    })
    asOf?: Date | null,
  ): Promise<Benchmark | null> {
    const at = checkAsOf(asOf);
    return withAsOf(await selectBySlug<Benchmark>(dataSource, BENCHMARK_SQL, info, slug), at);
  }

  @Query(() => BenchmarkConnection, { description: 'Leaderboards, largest first unless ordered otherwise.' })
  async benchmarks(
    @Args() { filter, orderBy, first, after }: BenchmarksArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = await listBenchmarks<Benchmark>(dataSource, filter ?? {}, orderBy, selectedNodeFields(info), {
      first,
      after,
    });
    return toConnection(BenchmarkConnection, page);
  }

  @FieldResolver(() => ID)
  id(@Root() benchmark: Benchmark): string {
    return toGlobalId('Benchmark', benchmark.slug);
  }

  @FieldResolver(() => Task)
  task(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(benchmark, info, () => loaders.task.load(benchmark.taskId));
  }

  @FieldResolver(() => Dataset)
  dataset(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(benchmark, info, () => loaders.dataset.load(benchmark.datasetId));
  }

  @FieldResolver(() => [Metric], { description: 'Columns in published order; the first numeric one ranks by default.' })
  metrics(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const asOf = boardAsOf(benchmark);
    if (asOf) return boardMetrics(loaders, benchmark.id, asOf);
    return preloaded(benchmark, info, () => loaders.metricsByBenchmark.load(benchmark.id));
  }

  @FieldResolver(() => Int)
  resultCount(@Root() benchmark: Benchmark, @Ctx() { loaders, dataSource }: Context, @Info() info: GraphQLResolveInfo) {
    const asOf = boardAsOf(benchmark);
    if (asOf) return countRows(dataSource, benchmark.id, { asOf });
    return preloaded(benchmark, info, () => loaders.resultCountByBenchmark.load(benchmark.id));
  }

  @FieldResolver(() => LeaderboardRowConnection, {
    description:
      'Rows ranked by a metric in its direction. Equal values share a rank (1, 2, 2, 4); among them the earlier ' +
      'result comes first (undated last), then the earlier row of the archive. Rows without a value come last, unranked.',
  })
  async rows(
    @Root() benchmark: Benchmark,
    @Args() { metric, first, after, usesAdditionalData, hasCode }: LeaderboardRowsArgs,
    @Ctx() { loaders, dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filters = { usesAdditionalData, hasCode, asOf: boardAsOf(benchmark) };
    shareLoadedMetrics(loaders, benchmark);
    const resultSelection = fieldsInside(connectionNodeFields(selectedFields(info)), 'result');
    const page = await leaderboardPage(loaders, benchmark.id, metric, filters, { first, after }, resultSelection);
    return toConnection(LeaderboardRowConnection, {
      edges: page.rows.map(({ cursor, ...node }) => ({ cursor, node })),
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      // The page's statement counted the rows; only a page past the end has to ask again.
      count: async () => (page.rows.length ? page.total : countRows(dataSource, benchmark.id, filters)),
    });
  }

  @FieldResolver(() => String, {
    description:
      'Every row of the board as a file (CSV, JSON, Markdown or LaTeX), ranked by the metric after the ' +
      'filters, as /sota/<slug>.csv (.json, .md, .tex) serves it.',
  })
  async export(
    @Root() benchmark: Benchmark,
    @Ctx() { dataSource, origin }: Context,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('metric', () => String, { nullable: true, description: 'The first numeric metric by default.' })
    metric?: string | null,
    @Arg('hasCode', () => Boolean, { nullable: true }) hasCode?: boolean | null,
    @Arg('usesAdditionalData', () => Boolean, { nullable: true }) usesAdditionalData?: boolean | null,
  ): Promise<string> {
    const board = await exportBoard(dataSource, {
      slug: benchmark.slug,
      metric,
      filters: { hasCode, usesAdditionalData, asOf: boardAsOf(benchmark) },
    });
    if (!board) throw notFound(`Leaderboard ${benchmark.slug}`);
    return formatBoard(board, fileFormat(format), exportContext(origin, benchmark.slug));
  }

  @FieldResolver(() => LeaderboardRow, { nullable: true, description: 'The top row under the default metric.' })
  async best(
    @Root() benchmark: Benchmark,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeaderboardRow | null> {
    shareLoadedMetrics(loaders, benchmark);
    const resultSelection = fieldsInside(selectedFields(info), 'result');
    const filters = { asOf: boardAsOf(benchmark) };
    const { rows } = await leaderboardPage(loaders, benchmark.id, null, filters, { first: 1 }, resultSelection);
    const [top] = rows;
    return top?.rank ? top : null;
  }

  @FieldResolver(() => [SotaPoint], {
    description: 'The results that improved the best value of a metric, in date order (the SotA chart).',
  })
  sotaHistory(
    @Root() benchmark: Benchmark,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('metric', () => String, { nullable: true, description: 'The first numeric metric by default.' })
    metric?: string | null,
    @Arg('usesAdditionalData', () => Boolean, { nullable: true }) usesAdditionalData?: boolean | null,
    @Arg('hasCode', () => Boolean, { nullable: true }) hasCode?: boolean | null,
  ) {
    shareLoadedMetrics(loaders, benchmark);
    const resultSelection = fieldsInside(selectedFields(info), 'result');
    const filters = { usesAdditionalData, hasCode, asOf: boardAsOf(benchmark) };
    return leaderboardSotaHistory(loaders, benchmark.id, metric, filters, resultSelection);
  }
}
