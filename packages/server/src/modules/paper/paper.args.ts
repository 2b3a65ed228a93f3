import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args';
import { PaperFilter, PaperOrder } from './paper.inputs';

/** relatedPapers is cut from one ranked list, so its page size is small and fixed. */
export const MAX_RELATED_PAPERS = 10;

@ArgsType()
export class PapersArgs extends PaginationArgs {
  @Field(() => PaperFilter, { nullable: true })
  @ValidateNested()
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
