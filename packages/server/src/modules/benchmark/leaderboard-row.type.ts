import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Metric } from './metric.entity';
import { ResultValue } from './result-value.entity';
import { Result } from './result.entity';

@ObjectType({ description: 'A leaderboard row with its rank under the chosen metric.' })
export class LeaderboardRow {
  @Field(() => Int, { nullable: true, description: 'Equal values share a rank; null when the row has no value.' })
  rank: number | null;

  @Field(() => Result)
  result: Result;

  @Field(() => Metric, { description: 'The metric the rows are ranked by.' })
  metric: Metric;

  @Field(() => ResultValue, { nullable: true, description: "The row's value of the ranking metric." })
  value: ResultValue | null;
}

@ObjectType({ description: 'A result that improved the best value so far: one step of the SotA chart.' })
export class SotaPoint {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Float)
  value: number;

  @Field(() => Result)
  result: Result;

  @Field(() => Metric)
  metric: Metric;
}
