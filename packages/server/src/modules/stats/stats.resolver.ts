import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';

@ObjectType({ description: 'How much the graph holds.' })
export class Stats {
  @Field(() => Int) papers: number;
  @Field(() => Int) papersWithCode: number;
  @Field(() => Int) tasks: number;
  @Field(() => Int) datasets: number;
  @Field(() => Int) methods: number;
  @Field(() => Int) benchmarks: number;
  @Field(() => Int) results: number;
  @Field(() => Int) repositories: number;
}

@Resolver()
export class StatsResolver {
  @Query(() => Stats)
  async stats(@Ctx() { dataSource }: Context): Promise<Stats> {
    const [row] = await dataSource.query(`
      SELECT (SELECT count(*) FROM paper)::int AS papers,
             (SELECT count(DISTINCT paper_id) FROM paper_repository)::int AS "papersWithCode",
             (SELECT count(*) FROM task)::int AS tasks,
             (SELECT count(*) FROM dataset)::int AS datasets,
             (SELECT count(*) FROM method)::int AS methods,
             (SELECT count(*) FROM benchmark)::int AS benchmarks,
             (SELECT count(*) FROM result)::int AS results,
             (SELECT count(*) FROM repository)::int AS repositories`);
    return row as Stats;
  }
}
