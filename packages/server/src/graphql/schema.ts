import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { resolvers } from '../module-registry';
import { authChecker } from '../modules/account/authorization';

/**
 * The executable schema of every module's resolvers; arguments are validated with class-validator,
 * `@Authorized` checked by the accounts module's authChecker.
 */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<ClassType>,
    // @Authorized fields and mutations: UNAUTHENTICATED or FORBIDDEN, never a silent null.
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
}
