import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createSchema } from '../../src/graphql/schema';
import { createApp } from '../../src/http/app';
import { createGraphQLServer } from '../../src/http/graphql-server';

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

/** The real HTTP app on a free port, over the given database. */
export async function startTestServer(dataSource: DataSource, options: { webDist?: string } = {}): Promise<TestServer> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const graphql = createGraphQLServer(await createSchema(), logger);
  await graphql.start();
  const app = createApp({ dataSource, graphql, logger, webDist: options.webDist });
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
