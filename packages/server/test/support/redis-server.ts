import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { findFreePort } from '../../src/db/free-port';
import { waitFor } from '../../src/db/wait-for';

export const REDIS_SERVER = process.env.PWC_REDIS_SERVER ?? '/usr/bin/redis-server';

export interface TestRedisServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real redis-server for the tests on a free local port, without persistence (nothing is
 * written to disk), ready once it answers PING.
 */
export async function startRedisServer(): Promise<TestRedisServer> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `The cache tests need redis-server at ${REDIS_SERVER}: run "node scripts/setup.mjs --with-redis" as root ` +
        '(or "sudo apt-get install -y redis-server"), set PWC_REDIS_SERVER, or set TEST_REDIS_URL to a Redis to use.',
    );
  }
  const port = await findFreePort();
  const dir = mkdtempSync(join(tmpdir(), 'pwc-test-redis-'));
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `redis://127.0.0.1:${port}`;
  const answers = await waitFor(async () => child.exitCode === null && (await answersPing(url)), {
    timeoutMs: 30_000,
  });
  if (!answers) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`redis-server did not answer PING on port ${port}:\n${output.slice(-2000)}`);
  }
  return {
    url,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
