import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';

export enum MethodOrder {
  NAME_ASC = 'NAME_ASC',
  PAPER_COUNT_DESC = 'PAPER_COUNT_DESC',
  INTRODUCED_YEAR_DESC = 'INTRODUCED_YEAR_DESC',
}
registerEnumType(MethodOrder, { name: 'MethodOrder' });

@InputType()
export class MethodFilter {
  @Field(() => String, { nullable: true, description: 'Collection slug.' })
  collection?: string | null;

  @Field(() => String, { nullable: true, description: 'Area slug of a collection the method is in.' })
  area?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the name or full name.' })
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class MethodsArgs extends PaginationArgs {
  @Field(() => MethodFilter, { nullable: true })
  @ValidateNested()
  filter?: MethodFilter | null;

  @Field(() => MethodOrder, { defaultValue: MethodOrder.PAPER_COUNT_DESC })
  orderBy: MethodOrder = MethodOrder.PAPER_COUNT_DESC;
}
