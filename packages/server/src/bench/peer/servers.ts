import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { findFreePort } from '../../db/free-port';
import type { ChildProcesses } from './child-processes';

/** Database connections of each server: the same for both. */
export const POOL_SIZE = 20;
const READY_TIMEOUT_MS = 120_000;

export interface RunningServer {
  name: string;
  /** The GraphQL endpoint. */
  url: string;
  process: ChildProcess;
}

/**
 * Our server, built (`dist/main.js`), on the benchmark's database, with rate limits out of the way.
 * `cached`: with its response cache as configured by default, to measure a query repeated.
 */
export async function startOurServer(
  processes: ChildProcesses,
  databaseUrl: string,
  { cached = false }: { cached?: boolean } = {},
): Promise<RunningServer> {
  const port = await findFreePort();
  const name = cached ? 'ours cached' : 'ours';
  const child = processes.start(
    `our server${cached ? ' (cached)' : ''}`,
    process.execPath,
    [join(__dirname, '../../main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        PWC_IMPORT_SAMPLE: 'false',
        PWC_DB_POOL_SIZE: String(POOL_SIZE),
        // The benchmark sends thousands of requests a second from one address.
        PWC_RATE_LIMIT_REQUESTS: '1000000000',
        PWC_RATE_LIMIT_COST: '1000000000000',
        // Uncached, no reply cache: the same request over and over would measure the cache, not the
        // query (PostGraphile has none). 0 turns it off where the server has one. Cached, the
        // default TTL (config.ts), as deployed: the cache is what a repeated query meets.
        ...(cached ? {} : { PWC_CACHE_TTL: '0' }),
      },
    },
  );
  const server = { name, url: `http://127.0.0.1:${port}/graphql`, process: child };
  await waitUntilAnswering(server);
  return server;
}

/** PostGraphile v4 (postgraphile-server.ts) on the same database. */
export async function startPostgraphile(processes: ChildProcesses, databaseUrl: string): Promise<RunningServer> {
  const port = await findFreePort();
  const child = processes.start('PostGraphile', process.execPath, [join(__dirname, 'postgraphile-server.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      POOL_SIZE: String(POOL_SIZE),
      NODE_ENV: 'production',
    },
  });
  const server = { name: 'PostGraphile', url: `http://127.0.0.1:${port}/graphql`, process: child };
  await waitUntilAnswering(server);
  return server;
}

/** Until the server answers a GraphQL query (PostGraphile builds its schema after listening). */
async function waitUntilAnswering({ name, url, process: child }: RunningServer): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited while starting (${child.signalCode ?? `exit code ${child.exitCode}`})`);
    }
    const answered = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await delay(250);
  }
  throw new Error(`${name} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}
