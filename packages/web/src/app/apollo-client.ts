import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { createCache } from './cache';
import { csrfToken } from '../features/account/csrf';

/**
 * Mutations carry the session's CSRF token (the readable pwc_csrf cookie) in the x-pwc-csrf
 * header, which the server requires of every change made with a session cookie.
 */
const csrfHeader = new ApolloLink((operation, forward) => {
  const definition = getMainDefinition(operation.query);
  const token = csrfToken();
  if (token && definition.kind === 'OperationDefinition' && definition.operation === 'mutation') {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'x-pwc-csrf': token },
    }));
  }
  return forward(operation);
});

/**
 * The app's one client, talking to the GraphQL endpoint at `uri`. Cookies go with requests to
 * the same origin only (fetch's default `same-origin`): the server serves the app and the API.
 */
export function createApolloClient(uri: string): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([csrfHeader, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: createCache(),
  });
}
