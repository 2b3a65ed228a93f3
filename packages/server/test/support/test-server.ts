import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { startCaching, type Caching } from '../../src/cache/caching';
import type { DataVersionSource } from '../../src/cache/data-version-watcher';
import {
  DEFAULT_CACHE_SETTINGS,
  DEFAULT_REQUEST_LIMITS,
  type CacheSettings,
  type RequestLimits,
} from '../../src/config';
import { databaseUrlOf } from '../../src/db/data-source';
import { createApi, type ApiOptions } from '../../src/http/api';
import type { Logger } from '../../src/logger';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; argument?: string } }[];
  extensions?: Record<string, any>;
}

export interface TestServer {
  url: string;
  /** With the `caching` option: what the server caches with (its data version, its store). */
  caching?: Caching;
  /** POSTs an operation to /graphql, exactly as a client would. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  webDist?: string;
  /** Limits over the defaults; rate limits are raised so that suites never meet them by accident. */
  limits?: Partial<RequestLimits>;
  /** As under `npm run dev`: internal errors keep their message and stack trace. */
  development?: boolean;
  /** False: every operation runs through Apollo, none on the compiled read path (the API's default: on). */
  compiledReads?: boolean;
  /** The compiled read path's pipelined connections (the API's default: one per two cores; 0: the pool only). */
  readPipelines?: number;
  /**
   * The server's response cache, in memory or in the run's redis-server (PWC_TEST_REDIS_URL,
   * under keys of this server's own). Without it, every operation runs, as tests that write
   * data between queries expect.
   */
  caching?: {
    store: 'memory' | 'redis';
    settings?: Partial<CacheSettings>;
    /** Redis keys: servers given the same prefix share cached replies, persisted queries and rate limits. */
    keyPrefix?: string;
    /** Keys the response cache by this instead of the database's data version. */
    dataVersion?: DataVersionSource;
  };
  /** Accounts: sign-in and sign-up limits (raised like the others unless given) and cookie settings. */
  accounts?: ApiOptions['accounts'];
  /** The server's logger (silent by default). */
  logger?: Logger;
}

const TEST_ACCOUNT_LIMITS = {
  signInsPerAddress: 1_000_000,
  signInsPerEmail: 1_000_000,
  signUpsPerAddress: 1_000_000,
  passwordResetsPerAddress: 1_000_000,
  passwordResetsPerEmail: 1_000_000,
};

const TEST_LIMITS: RequestLimits = {
  ...DEFAULT_REQUEST_LIMITS,
  rateLimitRequests: 1_000_000,
  rateLimitCost: 1_000_000_000,
};

/** The real HTTP app on a free port, over the given database, in production mode. */
export async function startTestServer(dataSource: DataSource, options: TestServerOptions = {}): Promise<TestServer> {
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const limits = { ...TEST_LIMITS, ...options.limits };
  const caching = options.caching && (await startTestCaching(dataSource, options.caching, logger));
  // `compiledReads` is typed here too, so that this compiles before ApiOptions has the field.
  const apiOptions: ApiOptions & { compiledReads?: boolean } = {
    dataSource,
    logger,
    limits,
    webDist: options.webDist,
    development: options.development,
    compiledReads: options.compiledReads,
    readPipelines: options.readPipelines,
    caching,
    accounts: {
      ...options.accounts,
      limits: { ...TEST_ACCOUNT_LIMITS, ...options.accounts?.limits },
    },
  };
  const api = await createApi(apiOptions);
  const { listener, graphql } = api;
  const server: Server = await new Promise((resolve) => {
    const s = createServer(listener).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    caching,
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await graphql.stop();
      await api.close();
      await caching?.close();
    },
  };
}

async function startTestCaching(
  dataSource: DataSource,
  { store, settings, keyPrefix, dataVersion }: NonNullable<TestServerOptions['caching']>,
  logger: pino.Logger,
): Promise<Caching> {
  const redisUrl = process.env.PWC_TEST_REDIS_URL;
  if (store === 'redis' && !redisUrl) throw new Error('PWC_TEST_REDIS_URL is not set: run the tests through jest');
  const caching = await startCaching({
    settings: { ...DEFAULT_CACHE_SETTINGS, redisUrl: store === 'redis' ? redisUrl : undefined, ...settings },
    databaseUrl: databaseUrlOf(dataSource),
    logger,
    // Test files run in parallel against one redis-server, each server with databases of its own.
    keyPrefix: keyPrefix ?? testKeyPrefix(),
  });
  if (dataVersion && caching.responses) caching.responses = { ...caching.responses, dataVersion };
  return caching;
}

/** A Redis key prefix no other test server uses. */
export function testKeyPrefix(): string {
  return `pwc-test-${randomBytes(6).toString('hex')}:`;
}
