import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Thrown by a page when its lookup returned null; the route's error boundary shows "not found". */
export class NotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly key: string,
  ) {
    super(`No ${kind} "${key}"`);
    this.name = 'NotFoundError';
  }
}

/** True for a missing object: our own NotFoundError or a GraphQL error with code NOT_FOUND. */
export function isNotFound(error: unknown): boolean {
  if (error instanceof NotFoundError) return true;
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'NOT_FOUND');
}

/** A sentence a reader can act on. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.message).join(' ');
  }
  if (error instanceof Error) {
    if (/fetch|network|Failed to/i.test(error.message)) {
      return 'The server could not be reached. Check your connection and try again.';
    }
    return error.message;
  }
  return 'Something went wrong.';
}
