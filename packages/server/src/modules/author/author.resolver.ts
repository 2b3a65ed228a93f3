import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { Result } from '../benchmark/result.entity';
import { PaperConnection } from '../paper/paper.connection';
import { papersWithStoredCount } from '../venue/stored-count-papers';
import { Repository } from '../repository/repository.entity';
import {
  AUTHOR_LIST_LIMITS,
  AuthorRepositoriesArgs,
  AuthorResultsArgs,
  AuthorTasksArgs,
  boundedFirst,
  CoAuthorsArgs,
} from './author.args';
import { Author } from './author.entity';
import { AUTHOR_SQL } from './author.sql';
import { AuthorTask, CoAuthor } from './co-author.type';

/** `first` of a bounded list, or BAD_USER_INPUT naming it. */
function checkedFirst(args: { first: number }, limit: { max: number }): number {
  const first = boundedFirst(args, limit);
  if (first === null) throw badInput('first', `must be between 0 and ${limit.max}`);
  return first;
}

@Resolver(() => Author)
export class AuthorResolver {
  @Query(() => Author, { nullable: true, description: 'An author by slug (e.g. jacob-devlin); null when absent.' })
  author(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Author | null> {
    return selectBySlug<Author>(dataSource, AUTHOR_SQL, info, slug);
  }

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
    return papersWithStoredCount(context, { kind: 'author', id: author.id, paperCount: author.paperCount }, page, info);
  }

  @FieldResolver(() => [CoAuthor], { description: 'Names sharing the most papers with this one, most first.' })
  coAuthors(
    @Root() author: Author,
    @Args() args: CoAuthorsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, AUTHOR_LIST_LIMITS.coAuthors);
    return preloaded(author, info, async () => (await loaders.coAuthorsByAuthor.load(author.id)).slice(0, first));
  }

  @FieldResolver(() => [AuthorTask], { description: "Tasks of the author's papers, most papers first." })
  tasks(
    @Root() author: Author,
    @Args() args: AuthorTasksArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, AUTHOR_LIST_LIMITS.tasks);
    return preloaded(author, info, async () => (await loaders.tasksByAuthor.load(author.id)).slice(0, first));
  }

  @FieldResolver(() => [Result], { description: "Leaderboard rows of the author's papers, newest first." })
  results(
    @Root() author: Author,
    @Args() args: AuthorResultsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, AUTHOR_LIST_LIMITS.results);
    return preloaded(author, info, async () => (await loaders.resultsByAuthor.load(author.id)).slice(0, first));
  }

  @FieldResolver(() => [Repository], { description: "Code of the author's papers, most starred first." })
  repositories(
    @Root() author: Author,
    @Args() args: AuthorRepositoriesArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkedFirst(args, AUTHOR_LIST_LIMITS.repositories);
    return preloaded(author, info, async () => (await loaders.repositoriesByAuthor.load(author.id)).slice(0, first));
  }
}
