import { ArgsType, Field } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';
import { PaperFilter, PaperOrder } from './paper.inputs';

@ArgsType()
export class PapersArgs extends PaginationArgs {
  @Field(() => PaperFilter, { nullable: true })
  filter?: PaperFilter | null;

  @Field(() => PaperOrder, { defaultValue: PaperOrder.PUBLISHED_DESC })
  orderBy: PaperOrder = PaperOrder.PUBLISHED_DESC;
}

@ArgsType()
export class PaperLookupArgs {
  @Field(() => String, { nullable: true, description: 'The paper id of the old site, as in /paper/<slug>.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'arXiv id without version, e.g. 1810.04805.' })
  arxivId?: string | null;
}
