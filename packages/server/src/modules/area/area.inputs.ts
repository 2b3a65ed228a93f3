import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

export enum AreaOrder {
  NAME_ASC = 'NAME_ASC',
  TASK_COUNT_DESC = 'TASK_COUNT_DESC',
  TAXONOMY = 'TAXONOMY',
}
registerEnumType(AreaOrder, {
  name: 'AreaOrder',
  valuesConfig: {
    TAXONOMY: {
      description:
        "The final archive's 16 research areas in its order (largest first), then any other area (e.g. a method area) by name.",
    },
  },
});

@ArgsType()
export class AreasArgs extends PaginationArgs {
  @Field(() => AreaOrder, { defaultValue: AreaOrder.TASK_COUNT_DESC })
  orderBy: AreaOrder = AreaOrder.TASK_COUNT_DESC;
}
