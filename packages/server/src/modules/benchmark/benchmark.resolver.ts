import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import { toGlobalId } from '../../graphql/global-id';
import { decodeOffsetCursor, encodeOffsetCursor } from '../../graphql/offset-cursor';
import { Dataset } from '../dataset/dataset.entity';
import { Task } from '../task/task.entity';
import { BenchmarkConnection, LeaderboardRowConnection } from './benchmark.connection';
import { Benchmark } from './benchmark.entity';
import { BenchmarksArgs, LeaderboardRowsArgs } from './benchmark.inputs';
import { listBenchmarks } from './benchmark.service';
import { LeaderboardRow, SotaPoint } from './leaderboard-row.type';
import { leaderboardSotaHistory, rankLeaderboard, valueOfMetric, type RankedEntry } from './leaderboard.service';
import { Metric } from './metric.entity';

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @Query(() => Benchmark, { nullable: true, description: 'A leaderboard by slug, e.g. question-answering-on-squad11.' })
  benchmark(@Arg('slug') slug: string, @Ctx() { dataSource }: Context): Promise<Benchmark | null> {
    return dataSource.getRepository(Benchmark).findOneBy({ slug });
  }

  @Query(() => BenchmarkConnection, { description: 'Leaderboards, largest first unless ordered otherwise.' })
  benchmarks(@Args() { filter, orderBy, first, after }: BenchmarksArgs, @Ctx() { dataSource }: Context) {
    return listBenchmarks(dataSource, BenchmarkConnection, filter ?? {}, orderBy, { first, after });
  }

  @FieldResolver(() => ID)
  id(@Root() benchmark: Benchmark): string {
    return toGlobalId('Benchmark', benchmark.slug);
  }

  @FieldResolver(() => Task)
  task(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context) {
    return loaders.task.load(benchmark.taskId);
  }

  @FieldResolver(() => Dataset)
  dataset(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context) {
    return loaders.dataset.load(benchmark.datasetId);
  }

  @FieldResolver(() => [Metric], { description: 'Columns in published order; the first numeric one ranks by default.' })
  metrics(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context) {
    return loaders.metricsByBenchmark.load(benchmark.id);
  }

  @FieldResolver(() => Int)
  resultCount(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context) {
    return loaders.resultCountByBenchmark.load(benchmark.id);
  }

  @FieldResolver(() => LeaderboardRowConnection, { description: 'Rows ranked by a metric in its direction.' })
  async rows(
    @Root() benchmark: Benchmark,
    @Args() { metric, first, after, usesAdditionalData, hasCode }: LeaderboardRowsArgs,
    @Ctx() { loaders }: Context,
  ) {
    const offset = after ? decodeOffsetCursor(after) : 0;
    const ranked = await rankLeaderboard(loaders, benchmark.id, metric, { usesAdditionalData, hasCode });
    const edges = ranked.slice(offset, offset + first).map((entry, i) => ({
      cursor: encodeOffsetCursor(offset + i + 1),
      node: toLeaderboardRow(entry),
    }));
    return toConnection(
      LeaderboardRowConnection,
      { edges, hasNextPage: offset + first < ranked.length, hasPreviousPage: offset > 0 },
      () => Promise.resolve(ranked.length),
    );
  }

  @FieldResolver(() => LeaderboardRow, { nullable: true, description: 'The top row under the default metric.' })
  async best(@Root() benchmark: Benchmark, @Ctx() { loaders }: Context): Promise<LeaderboardRow | null> {
    const [result] = await loaders.bestResultByBenchmark.load(benchmark.id);
    if (!result) return null;
    const metrics = await loaders.metricsByBenchmark.load(benchmark.id);
    const metric = metrics.find((m) => m.isNumeric);
    if (!metric) return null;
    const values = await loaders.valuesByResult.load(result.id);
    return { rank: 1, result, metric, value: valueOfMetric(values, metric) };
  }

  @FieldResolver(() => [SotaPoint], {
    description: 'The results that improved the best value of a metric, in date order (the SotA chart).',
  })
  sotaHistory(
    @Root() benchmark: Benchmark,
    @Ctx() { loaders }: Context,
    @Arg('metric', () => String, { nullable: true, description: 'The first numeric metric by default.' })
    metric?: string | null,
    @Arg('usesAdditionalData', () => Boolean, { nullable: true }) usesAdditionalData?: boolean | null,
  ) {
    return leaderboardSotaHistory(loaders, benchmark.id, metric, { usesAdditionalData });
  }
}

function toLeaderboardRow({ rank, entry, metric }: RankedEntry): LeaderboardRow {
  return { rank, result: entry.result, metric, value: valueOfMetric(entry.resultValues, metric) };
}
