import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { PaperConnection, paperConnectionOf } from '../paper/paper.connection';
import { Author } from './author.entity';

@Resolver(() => Author)
export class AuthorResolver {
  @FieldResolver(() => ID)
  id(@Root() author: Author): string {
    return toGlobalId('Author', author.id);
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers by this author, newest first.' })
  papers(
    @Root() author: Author,
    @Args() page: PaginationArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paperConnectionOf(context, { kind: 'author', id: author.id }, page, info);
  }
}
