import { GraphQLError } from 'graphql';
import { CSRF_COOKIE, CSRF_HEADER } from './secrets';

/** No valid session or token: sign in, or send `Authorization: Bearer pwc_…`. */
export function unauthenticated(message = 'Sign in, or send a valid API token (Authorization: Bearer pwc_…)') {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Signed in, but the account may not do this. */
export function forbidden(message: string) {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Refused before the operation runs, with HTTP 403. */
export function csrfFailed() {
  return new GraphQLError(
    `A change made with a session cookie must carry the value of the ${CSRF_COOKIE} cookie ` +
      `in the ${CSRF_HEADER} header (scripts use an API token instead)`,
    { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
  );
}
