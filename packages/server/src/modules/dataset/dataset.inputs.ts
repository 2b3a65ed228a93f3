import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

export enum DatasetOrder {
  NAME_ASC = 'NAME_ASC',
  BENCHMARK_COUNT_DESC = 'BENCHMARK_COUNT_DESC',
  INTRODUCED_DESC = 'INTRODUCED_DESC',
}
registerEnumType(DatasetOrder, { name: 'DatasetOrder' });

@InputType()
export class DatasetFilter {
  @Field(() => String, { nullable: true, description: 'Task slug.' })
  task?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Images, Texts (exact, case-sensitive).' })
  modality?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. English (exact, case-sensitive).' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the name, full name or variants.' })
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class DatasetsArgs extends PaginationArgs {
  @Field(() => DatasetFilter, { nullable: true })
  @ValidateNested()
  filter?: DatasetFilter | null;

  @Field(() => DatasetOrder, { defaultValue: DatasetOrder.BENCHMARK_COUNT_DESC })
  orderBy: DatasetOrder = DatasetOrder.BENCHMARK_COUNT_DESC;
}
