import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

export enum AreaOrder {
  NAME_ASC = 'NAME_ASC',
  TASK_COUNT_DESC = 'TASK_COUNT_DESC',
}
registerEnumType(AreaOrder, { name: 'AreaOrder' });

@ArgsType()
export class AreasArgs extends PaginationArgs {
  @Field(() => AreaOrder, { defaultValue: AreaOrder.TASK_COUNT_DESC })
  orderBy: AreaOrder = AreaOrder.TASK_COUNT_DESC;
}
