import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

export enum TaskOrder {
  NAME_ASC = 'NAME_ASC',
  PAPER_COUNT_DESC = 'PAPER_COUNT_DESC',
  BENCHMARK_COUNT_DESC = 'BENCHMARK_COUNT_DESC',
}
registerEnumType(TaskOrder, { name: 'TaskOrder' });

@InputType()
export class TaskFilter {
  @Field(() => String, { nullable: true, description: 'Area slug.' })
  area?: string | null;

  @Field(() => String, { nullable: true, description: 'Parent task slug: its direct subtasks.' })
  parent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only top-level tasks (no parent).' })
  topLevel?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text in the name or synonyms.' })
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class TasksArgs extends PaginationArgs {
  @Field(() => TaskFilter, { nullable: true })
  @ValidateNested()
  filter?: TaskFilter | null;

  @Field(() => TaskOrder, { defaultValue: TaskOrder.PAPER_COUNT_DESC })
  orderBy: TaskOrder = TaskOrder.PAPER_COUNT_DESC;
}
