import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { PaperConnection, paperConnectionOf } from '../paper/paper.connection';
import { Paper } from '../paper/paper.entity';
import { MethodCollection } from './method-collection.entity';
import { MethodConnection } from './method.connection';
import { Method } from './method.entity';
import { METHOD_SQL } from './method.sql';
import { MethodsArgs } from './method.inputs';
import { listMethods } from './method.service';

@Resolver(() => Method)
export class MethodResolver {
  @Query(() => Method, { nullable: true, description: 'A method by slug; null when absent.' })
  method(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Method | null> {
    return selectBySlug<Method>(dataSource, METHOD_SQL, info, slug);
  }

  @Query(() => MethodConnection, { description: 'Methods, most-used first unless ordered otherwise.' })
  async methods(
    @Args() { filter, orderBy, first, after }: MethodsArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = await listMethods<Method>(dataSource, filter ?? {}, orderBy, selectedNodeFields(info), {
      first,
      after,
    });
    return toConnection(MethodConnection, page);
  }

  @FieldResolver(() => ID)
  id(@Root() method: Method): string {
    return toGlobalId('Method', method.slug);
  }

  @FieldResolver(() => Paper, { nullable: true, description: 'The paper that introduced the method.' })
  introducedBy(@Root() method: Method, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(method, info, () =>
      method.introducedByPaperId == null ? null : loaders.paper.load(method.introducedByPaperId),
    );
  }

  @FieldResolver(() => [MethodCollection])
  collections(@Root() method: Method, @Ctx() { loaders }: Context) {
    return loaders.collectionsByMethod.load(method.id);
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers using this method, newest first.' })
  papers(
    @Root() method: Method,
    @Args() page: PaginationArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paperConnectionOf(context, { kind: 'method', id: method.id }, page, info);
  }

  @FieldResolver(() => Int)
  paperCount(@Root() method: Method, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(method, info, () => loaders.paperCountByMethod.load(method.id));
  }
}
