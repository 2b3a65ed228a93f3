import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import { Area } from '../area/area.entity';
import { MethodCollection } from './method-collection.entity';
import { Method } from './method.entity';

@Resolver(() => MethodCollection)
export class MethodCollectionResolver {
  @Query(() => MethodCollection, { nullable: true, description: 'A method collection by slug; null when absent.' })
  methodCollection(@Arg('slug') slug: string, @Ctx() { dataSource }: Context): Promise<MethodCollection | null> {
    return dataSource.getRepository(MethodCollection).findOneBy({ slug });
  }

  @FieldResolver(() => ID)
  id(@Root() collection: MethodCollection): string {
    return toGlobalId('MethodCollection', collection.slug);
  }

  @FieldResolver(() => Area, { nullable: true })
  area(@Root() collection: MethodCollection, @Ctx() { loaders }: Context) {
    return collection.areaId == null ? null : loaders.area.load(collection.areaId);
  }

  @FieldResolver(() => MethodCollection, { nullable: true })
  parent(@Root() collection: MethodCollection, @Ctx() { loaders }: Context) {
    return collection.parentId == null ? null : loaders.methodCollection.load(collection.parentId);
  }

  @FieldResolver(() => [MethodCollection])
  subcollections(@Root() collection: MethodCollection, @Ctx() { loaders }: Context) {
    return loaders.subcollectionsByCollection.load(collection.id);
  }

  @FieldResolver(() => [Method])
  methods(@Root() collection: MethodCollection, @Ctx() { loaders }: Context) {
    return loaders.methodsByCollection.load(collection.id);
  }
}
