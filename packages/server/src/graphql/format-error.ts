import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { classifyDatabaseError, PUBLIC_ERROR_CODES } from './error-codes';

const CLIENT_MESSAGES = {
  SERVICE_UNAVAILABLE: 'The database is unavailable or busy; try again shortly',
  TIMEOUT: 'The query took longer than the statement timeout; ask for less, or try again later',
  BAD_USER_INPUT: 'A value in the request is out of range or malformed',
} as const;

/**
 * What clients see of an error: public codes as they are, validation problems naming the
 * argument, database outages and timeouts as such, and anything else masked. Internal errors
 * are logged (with the request id) by the request-limits plugin, which sees the context.
 * Only in development do internal errors keep their message and stack trace.
 */
export function createErrorFormatter({ development = false } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = formatError(formatted, error);
    if (!development || masked.extensions?.code !== 'INTERNAL_SERVER_ERROR') return masked;
    return { ...masked, message: formatted.message, extensions: { ...formatted.extensions, ...masked.extensions } };
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    // class-validator says which property broke which rule; name it for the client.
    const problems = original.extensions.validationErrors.flatMap((e) => validationProblems(e));
    return {
      message: `Invalid argument ${problems.map((p) => p.text).join('; ')}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', argument: problems[0]?.argument },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    // Never pass on a stack trace, whatever the mode.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const databaseCode = classifyDatabaseError(original);
  return {
    message: databaseCode ? CLIENT_MESSAGES[databaseCode] : 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: databaseCode ?? 'INTERNAL_SERVER_ERROR' },
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
    text: `"${argument}" (${preview(error.value)}): ${rule}`,
  }));
  const nested = (error.children ?? []).flatMap((child) => validationProblems(child, `${argument}.`));
  return [...own, ...nested];
}

/** The offending value as the client sent it, cut short: errors must not echo megabytes. */
function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
