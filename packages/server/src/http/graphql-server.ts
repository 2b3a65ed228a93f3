import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import type { Logger } from '../logger';

export function createGraphQLServer(schema: GraphQLSchema, logger: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    introspection: true,
    // The API is read-only and uses no cookies, so cross-site requests cannot act for a user;
    // plain GETs must work for embeds, caches and CDNs.
    csrfPrevention: false,
    // The playground is part of the web app and works offline; no CDN-hosted landing page.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
