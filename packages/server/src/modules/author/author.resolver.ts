import { Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { PaperConnection } from '../paper/paper.connection';
import { listPapers } from '../paper/paper.service';
import { Author } from './author.entity';

@Resolver(() => Author)
export class AuthorResolver {
  @FieldResolver(() => ID)
  id(@Root() author: Author): string {
    return toGlobalId('Author', author.id);
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers by this author, newest first.' })
  papers(@Root() author: Author, @Args() { first, after }: PaginationArgs, @Ctx() { dataSource }: Context) {
    return listPapers(dataSource, PaperConnection, { authorId: author.id }, undefined, { first, after });
  }
}
