import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import type { Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import type { Logger } from '../logger';

/**
 * Nesting limit for public queries (the web app's deepest page query is 12 levels). Lists are
 * already capped by `first`, and DataLoaders keep SQL per level constant, so depth is what
 * could otherwise multiply work without bound (relatedPapers of relatedPapers of ...).
 */
export const MAX_QUERY_DEPTH = 14;

// Report a rejected operation as a validation error instead of letting the rule throw.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  exposeLimits: true,
};

export function createGraphQLServer(schema: GraphQLSchema, logger: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    introspection: true,
    validationRules: [maxDepthRule({ n: MAX_QUERY_DEPTH, flattenFragments: true, ...reportAsValidationError })],
    // The API is read-only and uses no cookies, so cross-site requests cannot act for a user;
    // plain GETs must work for embeds, caches and CDNs.
    csrfPrevention: false,
    // The playground is part of the web app and works offline; no CDN-hosted landing page.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
