import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../../src/config';
import { createApi } from '../../src/http/api';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; argument?: string } }[];
}

export interface TestServer {
  url: string;
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
}

const TEST_LIMITS: RequestLimits = {
  ...DEFAULT_REQUEST_LIMITS,
  rateLimitRequests: 1_000_000,
  rateLimitCost: 1_000_000_000,
};

/** The real HTTP app on a free port, over the given database, in production mode. */
export async function startTestServer(dataSource: DataSource, options: TestServerOptions = {}): Promise<TestServer> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const limits = { ...TEST_LIMITS, ...options.limits };
  const { app, graphql } = await createApi({
    dataSource,
    logger,
    limits,
    webDist: options.webDist,
    development: options.development,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
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
    },
  };
}
