import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

export enum BenchmarkOrder {
  SLUG_ASC = 'SLUG_ASC',
  RESULT_COUNT_DESC = 'RESULT_COUNT_DESC',
}
registerEnumType(BenchmarkOrder, { name: 'BenchmarkOrder' });

@InputType()
export class BenchmarkFilter {
  @Field(() => String, { nullable: true, description: 'Task slug.' })
  task?: string | null;

  @Field(() => String, { nullable: true, description: 'Dataset slug.' })
  dataset?: string | null;

  @Field(() => String, { nullable: true, description: 'Area slug of the task.' })
  area?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the task or dataset name.' })
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class BenchmarksArgs extends PaginationArgs {
  @Field(() => BenchmarkFilter, { nullable: true })
  @ValidateNested()
  filter?: BenchmarkFilter | null;

  @Field(() => BenchmarkOrder, { defaultValue: BenchmarkOrder.RESULT_COUNT_DESC })
  orderBy: BenchmarkOrder = BenchmarkOrder.RESULT_COUNT_DESC;
}

export const DEFAULT_ROWS = 100;
export const MAX_ROWS = 1000;

@ArgsType()
export class LeaderboardRowsArgs {
  @Field(() => String, { nullable: true, description: 'Metric to rank by; the first numeric metric by default.' })
  metric?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_ROWS, description: `Page size, at most ${MAX_ROWS}.` })
  @Min(0)
  @Max(MAX_ROWS)
  first: number = DEFAULT_ROWS;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only rows with extra training data; false: only without.',
  })
  usesAdditionalData?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only rows with code; false: only without.' })
  hasCode?: boolean | null;
}
