import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { responseCachePlugins, type ResponseCacheOptions } from '../cache/response-cache';
import type { Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import { createCostEstimator } from '../graphql/limits/query-cost';
import { requestLimitsPlugin } from '../graphql/limits/request-limits-plugin';
import { replyOutcomePlugin } from '../graphql/reply-outcome';
import { csrfPlugin } from '../modules/account/csrf-plugin';
import type { Logger } from '../logger';

/**
 * Shape limits, checked while parsing and validating, before any pricing or execution. The web
 * app's deepest page query is 12 levels; lists are priced by the cost budget, so depth, aliases,
 * directives and tokens only bound what a document can be made of.
 */
export const DOCUMENT_LIMITS = { depth: 14, aliases: 20, directives: 30, tokens: 4000 };

// Report a rejected operation as a validation error instead of letting the rule throw.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  exposeLimits: true,
};

/** A registered persisted query is kept this long (its store may evict it sooner); clients re-register. */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

export interface GraphQLServerOptions {
  schema: GraphQLSchema;
  logger: Logger;
  costBudget: number;
  costLimiter?: RateLimiterAbstract;
  /** Development only: stack traces in error responses. */
  development?: boolean;
  /** Where persisted queries (and cached replies) are kept; Apollo's own in-memory cache by default. */
  cache?: KeyValueCache<string>;
  /** The server's response cache; without it, every operation runs. */
  responseCache?: ResponseCacheOptions;
}

/** Apollo's in-memory store when the server is given none (persisted queries, cached replies). */
export function defaultStore(): KeyValueCache<string> {
  return new InMemoryLRUCache<string>();
}

/** Validation rules beyond graphql-js's own, for Apollo and the compiled read path alike. */
export function documentValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: DOCUMENT_LIMITS.depth, flattenFragments: true, ...reportAsValidationError }),
    maxAliasesRule({ n: DOCUMENT_LIMITS.aliases, ...reportAsValidationError }),
    maxDirectivesRule({ n: DOCUMENT_LIMITS.directives, ...reportAsValidationError }),
  ];
}

export function createGraphQLServer(options: GraphQLServerOptions): ApolloServer<Context> {
  const { schema, logger, costBudget, costLimiter, development = false, cache, responseCache } = options;
  return new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter({ development }),
    includeStacktraceInErrorResponses: development,
    introspection: true,
    parseOptions: { maxTokens: DOCUMENT_LIMITS.tokens },
    validationRules: documentValidationRules(),
    // Apollo's csrfPrevention would refuse plain GETs, which embeds, caches and CDNs need. Cookie
    // sessions are protected by the CSRF token instead (csrfPlugin; README, Accounts).
    csrfPrevention: false,
    // The server's main stops everything in order on signals (see main.ts).
    stopOnTerminationSignals: false,
    cache,
    // Automatic persisted queries: GET /graphql?extensions={"persistedQuery":…} with only a hash.
    // A query is registered only after it was validated and priced within the budget.
    persistedQueries: { ttl: PERSISTED_QUERY_TTL_SECONDS },
    plugins: [
      // The playground is part of the web app and works offline; no CDN-hosted landing page.
      ApolloServerPluginLandingPageDisabled(),
      csrfPlugin(),
      requestLimitsPlugin({ estimateCost: createCostEstimator(schema), costBudget, costLimiter, logger }),
      ...responseCachePlugins(responseCache),
      replyOutcomePlugin(),
    ],
  });
}
