import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { preloaded } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { PaperConnection } from '../paper/paper.connection';
import { Paper } from '../paper/paper.entity';
import { listPapers } from '../paper/paper.service';
import { MethodCollection } from './method-collection.entity';
import { MethodConnection } from './method.connection';
import { Method } from './method.entity';
import { MethodsArgs } from './method.inputs';
import { listMethods } from './method.service';

@Resolver(() => Method)
export class MethodResolver {
  @Query(() => Method, { nullable: true, description: 'A method by slug; null when absent.' })
  method(@Arg('slug') slug: string, @Ctx() { dataSource }: Context): Promise<Method | null> {
    return dataSource.getRepository(Method).findOneBy({ slug });
  }

  @Query(() => MethodConnection, { description: 'Methods, most-used first unless ordered otherwise.' })
  methods(@Args() { filter, orderBy, first, after }: MethodsArgs, @Ctx() { dataSource }: Context) {
    return listMethods(dataSource, MethodConnection, filter ?? {}, orderBy, { first, after });
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
  papers(@Root() method: Method, @Args() { first, after }: PaginationArgs, @Ctx() { dataSource }: Context) {
    return listPapers(dataSource, PaperConnection, { method: method.slug }, undefined, { first, after });
  }

  @FieldResolver(() => Int)
  paperCount(@Root() method: Method, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(method, info, () => loaders.paperCountByMethod.load(method.id));
  }
}
