import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AreaResolver } from '../modules/area/area.resolver';
import { AuthorResolver } from '../modules/author/author.resolver';
import { BenchmarkResolver } from '../modules/benchmark/benchmark.resolver';
import { MetricResolver } from '../modules/benchmark/metric.resolver';
import { ResultValueResolver } from '../modules/benchmark/result-value.resolver';
import { ResultResolver } from '../modules/benchmark/result.resolver';
import { DatasetResolver } from '../modules/dataset/dataset.resolver';
import { MethodCollectionResolver } from '../modules/method/method-collection.resolver';
import { MethodResolver } from '../modules/method/method.resolver';
import { NodeResolver } from '../modules/node/node.resolver';
import { PaperResolver } from '../modules/paper/paper.resolver';
import { RepositoryResolver } from '../modules/repository/repository.resolver';
import { StatsResolver } from '../modules/stats/stats.resolver';
import { TaskResolver } from '../modules/task/task.resolver';

export const resolvers = [
  AreaResolver,
  AuthorResolver,
  BenchmarkResolver,
  DatasetResolver,
  MethodCollectionResolver,
  MethodResolver,
  MetricResolver,
  NodeResolver,
  PaperResolver,
  RepositoryResolver,
  ResultResolver,
  ResultValueResolver,
  StatsResolver,
  TaskResolver,
] as const;

/** The executable schema; arguments are validated with class-validator. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
  });
}
