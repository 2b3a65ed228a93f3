import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logger';

/** Codes whose messages are meant for clients; anything else is logged and masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      // class-validator says which property broke which rule; name it for the client.
      const problems = original.extensions.validationErrors.flatMap((e) => validationProblems(e));
      return {
        ...formatted,
        message: `Invalid argument ${problems.map((p) => p.text).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', argument: problems[0]?.argument },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    logger.error({ err: original, path: formatted.path }, 'internal error while resolving a GraphQL request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

interface ValidationErrorLike {
  property: string;
  value?: unknown;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Each broken rule with the argument path it concerns, e.g. filter.yearFrom. */
function validationProblems(error: ValidationErrorLike, prefix = ''): { argument: string; text: string }[] {
  const argument = `${prefix}${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((rule) => ({
    argument,
    text: `"${argument}" (${JSON.stringify(error.value)}): ${rule}`,
  }));
  const nested = (error.children ?? []).flatMap((child) => validationProblems(child, `${argument}.`));
  return [...own, ...nested];
}
