import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../module-registry';

/** The executable schema of every module's resolvers; arguments are validated with class-validator. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<ClassType>,
    validate: { forbidUnknownValues: false },
  });
}
