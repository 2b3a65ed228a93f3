import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../graphql/context';

/**
 * Refuses, before it runs, a mutation sent with a valid session cookie but without the session's
 * CSRF token in its x-pwc-csrf header (HTTP 403). Queries change nothing and need none; GETs
 * never run mutations (Apollo answers 405).
 */
export function csrfPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') await contextValue.auth.checkCsrf();
        },
      };
    },
  };
}
