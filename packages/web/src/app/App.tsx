import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, useRoutes } from 'react-router';
import { RouteBoundary } from './RouteError';
import { routes } from './routes';
import { ScrollRestoration } from './ScrollRestoration';

/** The pages for the current URL. */
function Pages() {
  return useRoutes(routes);
}

/**
 * The whole app: the GraphQL client and the router. The router is declarative (BrowserRouter):
 * pages fetch their own data, so the data router's loaders were unused weight in the first load.
 */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <ScrollRestoration />
        <RouteBoundary>
          <Pages />
        </RouteBoundary>
      </BrowserRouter>
    </ApolloProvider>
  );
}
