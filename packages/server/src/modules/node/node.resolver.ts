import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { fromGlobalId, integerKey } from '../../graphql/global-id';
import { Area } from '../area/area.entity';
import { Author } from '../author/author.entity';
import { Benchmark } from '../benchmark/benchmark.entity';
import { Metric } from '../benchmark/metric.entity';
import { Result } from '../benchmark/result.entity';
import { Dataset } from '../dataset/dataset.entity';
import { MethodCollection } from '../method/method-collection.entity';
import { Method } from '../method/method.entity';
import { Paper } from '../paper/paper.entity';
import { Repository } from '../repository/repository.entity';
import { Task } from '../task/task.entity';
import { Node } from './node.interface';

/** How each node type's global id key maps to a row: by slug or by numeric id. */
const NODE_TYPES: Record<string, { entity: EntityTarget<ObjectLiteral>; key: 'slug' | 'id' }> = {
  Area: { entity: Area, key: 'slug' },
  Author: { entity: Author, key: 'id' },
  Benchmark: { entity: Benchmark, key: 'slug' },
  Dataset: { entity: Dataset, key: 'slug' },
  Method: { entity: Method, key: 'slug' },
  MethodCollection: { entity: MethodCollection, key: 'slug' },
  Metric: { entity: Metric, key: 'id' },
  Paper: { entity: Paper, key: 'slug' },
  Repository: { entity: Repository, key: 'id' },
  Result: { entity: Result, key: 'id' },
  Task: { entity: Task, key: 'slug' },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when absent.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: Context): Promise<ObjectLiteral | null> {
    const decoded = fromGlobalId(id);
    const type = decoded && NODE_TYPES[decoded.type];
    if (!decoded || !type) throw badInput('id', 'not a global id of this API');
    const key = type.key === 'id' ? integerKey(decoded.key) : decoded.key;
    if (key === null) throw badInput('id', 'not a global id of this API');
    return dataSource.getRepository(type.entity).findOneBy({ [type.key]: key });
  }
}
