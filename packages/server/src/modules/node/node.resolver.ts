import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { fromGlobalId, integerKey } from '../../graphql/global-id';
import { nodeTypes } from '../../module-registry';
import { Node } from './node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when absent.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: Context): Promise<ObjectLiteral | null> {
    const decoded = fromGlobalId(id);
    const type = decoded && nodeTypes[decoded.type];
    if (!decoded || !type) throw badInput('id', 'not a global id of this API');
    const key = type.key === 'id' ? integerKey(decoded.key) : decoded.key;
    if (key === null) throw badInput('id', 'not a global id of this API');
    return dataSource.getRepository(type.entity).findOneBy({ [type.key]: key });
  }
}
