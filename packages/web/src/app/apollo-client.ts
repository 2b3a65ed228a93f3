import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from './cache';

/** The app's one client, talking to the GraphQL endpoint at `uri`. */
export function createApolloClient(uri: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
  });
}
