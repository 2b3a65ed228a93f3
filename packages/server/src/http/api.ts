import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { Caching } from '../cache/caching';
import { DEFAULT_CACHE_SETTINGS, type RequestLimits } from '../config';
import type { Context } from '../graphql/context';
import { createRateLimiter, memoryStore, redisRateLimiterStore } from '../graphql/limits/rate-limit';
import {
  createAccountLimiters,
  DEFAULT_ACCOUNT_LIMITS,
  type AccountLimitSettings,
} from '../modules/account/account-limits';
import type { Mailer } from '../modules/account/mailer';
import type { SecureCookiesSetting } from '../modules/account/secure-cookies';
import { createSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import type { RequestListener } from 'node:http';
import { createApp } from './app';
import { createGraphqlFront } from './graphql-front';
import { CompiledReads } from '../graphql/compiled/compiled-reads';
import { createCostEstimator } from '../graphql/limits/query-cost';
import { compiledRoots, compiledSchema } from '../module-registry';
import {
  createGraphQLServer,
  defaultStore,
  documentValidationRules,
  DOCUMENT_LIMITS,
  PERSISTED_QUERY_TTL_SECONDS,
} from './graphql-server';

export interface ApiOptions {
  dataSource: DataSource;
  logger: Logger;
  limits: RequestLimits;
  /** Development only: stack traces in GraphQL error responses. */
  development?: boolean;
  trustProxy?: string;
  webDist?: string;
  /** False while the database is known to be down: GraphQL then answers 503 at once. */
  isDatabaseAvailable?: () => boolean;
  /**
   * The response cache, the store of persisted queries and the shared Redis (see cache/caching.ts).
   * Without it every operation runs, persisted queries stay in Apollo's memory, limits count in memory.
   */
  caching?: Caching;
  /** False: every operation runs through Apollo, none on the compiled read path (default: on). */
  compiledReads?: boolean;
  /** The compiled read path's pipelined connections (DatabaseLimits.readPipelines; default: one per two cores). */
  readPipelines?: number;
  /**
   * Accounts: whether cookies are Secure (default `auto`), sign-in/sign-up limits over the
   * defaults, and where password-reset mail goes (without a mailer none is sent) with the site's
   * public address for the link in it.
   */
  accounts?: {
    secureCookies?: SecureCookiesSetting;
    limits?: Partial<AccountLimitSettings>;
    mailer?: Mailer;
    publicUrl?: string;
  };
}

export interface Api {
  app: Express;
  graphql: ApolloServer<Context>;
  /** The HTTP server's request listener: the GraphQL front, which hands all else to `app`. */
  listener: RequestListener;
  /** Closes the API's own database connections (after the HTTP server and `graphql` stopped). */
  close(): Promise<void>;
}

/** The whole HTTP API (schema, GraphQL server with its limits, Express app), started. */
export async function createApi(options: ApiOptions) {
  const { logger, limits, development, caching, compiledReads = true } = options;
  const rateLimitStore = caching?.redis ? redisRateLimiterStore(caching.redis, caching.keyPrefix) : undefined;
  const schema = await createSchema();
  const costLimiter = createRateLimiter('cost', Math.max(limits.rateLimitCost, limits.costBudget), rateLimitStore);
  // One store for Apollo and the compiled path: a query registered by one is found by the other.
  const store = caching?.store ?? defaultStore();
  const graphql = createGraphQLServer({
    schema,
    logger,
    costBudget: limits.costBudget,
    costLimiter,
    development,
    cache: store,
    responseCache: caching?.responses,
  });
  await graphql.start();
  const compiled = compiledReads
    ? new CompiledReads({
        schema,
        dataSource: options.dataSource,
        roots: compiledRoots,
        compiledSchema,
        document: { maxTokens: DOCUMENT_LIMITS.tokens, rules: documentValidationRules() },
        estimateCost: createCostEstimator(schema),
        costBudget: limits.costBudget,
        costLimiter,
        store,
        persistedQueryTtlSeconds: PERSISTED_QUERY_TTL_SECONDS,
        responseCache: caching?.responses,
        logger,
        pipelines: options.readPipelines,
      })
    : undefined;
  const requestLimiter = createRateLimiter('requests', limits.rateLimitRequests, rateLimitStore);
  const httpCache = caching?.http ?? DEFAULT_CACHE_SETTINGS;
  const accounts = {
    limiters: createAccountLimiters(
      { ...DEFAULT_ACCOUNT_LIMITS, ...options.accounts?.limits },
      rateLimitStore ?? memoryStore,
    ),
    secureCookies: options.accounts?.secureCookies ?? 'auto',
    passwordReset: {
      mailer: options.accounts?.mailer,
      publicUrl: options.accounts?.publicUrl ?? 'http://localhost:4000',
    },
  };
  const app = createApp({ ...options, graphql, requestLimiter, httpCache, accounts });
  const listener = compiled
    ? createGraphqlFront({
        app,
        compiled,
        limits,
        httpCache,
        requestLimiter,
        isDatabaseAvailable: options.isDatabaseAvailable,
      })
    : app;
  const close = async () => {
    await compiled?.close();
  };
  return { app, graphql, listener, close } satisfies Api;
}
