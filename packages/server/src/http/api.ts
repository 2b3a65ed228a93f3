import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { Caching } from '../cache/caching';
import { DEFAULT_CACHE_SETTINGS, type RequestLimits } from '../config';
import type { Context } from '../graphql/context';
import { createRateLimiter, redisRateLimiterStore } from '../graphql/limits/rate-limit';
import { createSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { createApp } from './app';
import { createGraphQLServer } from './graphql-server';

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
}

export interface Api {
  app: Express;
  graphql: ApolloServer<Context>;
}

/** The whole HTTP API (schema, GraphQL server with its limits, Express app), started. */
export async function createApi(options: ApiOptions) {
  const { logger, limits, development, caching } = options;
  const rateLimitStore = caching?.redis ? redisRateLimiterStore(caching.redis, caching.keyPrefix) : undefined;
  const graphql = createGraphQLServer({
    schema: await createSchema(),
    logger,
    costBudget: limits.costBudget,
    costLimiter: createRateLimiter('cost', Math.max(limits.rateLimitCost, limits.costBudget), rateLimitStore),
    development,
    cache: caching?.store,
    responseCache: caching?.responses,
  });
  await graphql.start();
  const requestLimiter = createRateLimiter('requests', limits.rateLimitRequests, rateLimitStore);
  const httpCache = caching?.http ?? DEFAULT_CACHE_SETTINGS;
  const app = createApp({ ...options, graphql, requestLimiter, httpCache });
  return { app, graphql } satisfies Api;
}
