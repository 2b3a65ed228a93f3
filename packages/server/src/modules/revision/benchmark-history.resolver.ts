import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { preloaded } from '../../graphql/sql-projection';
import { toConnection } from '../../graphql/connection.type';
import type { Context } from '../../graphql/context';
import { Benchmark } from '../benchmark/benchmark.entity';
import { boardAsOf } from '../benchmark/board-as-of';
import { RevisionsArgs } from './revision.args';
import { boardHistoryStart, listRevisions } from './revision.service';
import { RevisionConnection } from './revision.types';

/** A board's history: its revisions, when its recorded history begins, the date it is shown as of. */
@Resolver(() => Benchmark)
export class BenchmarkHistoryResolver {
  @FieldResolver(() => RevisionConnection, {
    description:
      "The revisions that changed the board (itself, its metrics, its rows), newest first, with the board's changes.",
  })
  async history(@Root() benchmark: Benchmark, @Args() { first, after }: RevisionsArgs, @Ctx() { dataSource }: Context) {
    const page = await listRevisions(dataSource, { benchmarkId: benchmark.id }, { first, after });
    return toConnection(RevisionConnection, page);
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'The date the board is shown as of (Query.benchmark(asOf:)); null: as it is now.',
  })
  asOf(@Root() benchmark: Benchmark): Date | null {
    return boardAsOf(benchmark) ?? null;
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'When the recorded history of its rows begins: asOf before it shows no rows. Null: no rows yet.',
  })
  historyStartsAt(
    @Root() benchmark: Benchmark,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): string | null | Promise<string | null> {
    return preloaded(benchmark, info, () => boardHistoryStart(dataSource, benchmark.id));
  }
}
