import { Redis } from 'ioredis';
import type { Logger } from '../logger';

const READY_TIMEOUT_MS = 5_000;
const COMMAND_TIMEOUT_MS = 1_000;
const LONGEST_RECONNECT_PAUSE_MS = 5_000;

/**
 * A Redis client for the shared cache and rate limits. A cache must never make a request wait:
 * while Redis is unreachable, commands fail at once (no offline queue) or after a second, the
 * callers fall back (a cache miss, the in-memory rate limiter), and the client keeps reconnecting.
 * Waits up to a few seconds for the first connection; the server starts either way.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, LONGEST_RECONNECT_PAUSE_MS),
  });
  let failing = false;
  client.on('error', (error: Error) => {
    if (!failing) logger.warn({ err: error }, 'Redis unreachable; the cache and rate limits work without it meanwhile');
    failing = true;
  });
  client.on('ready', () => {
    if (failing) logger.info('Redis reachable again');
    failing = false;
  });
  // Errors before 'ready' only mean "not yet": the client retries on its own.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    new Promise((resolve) => client.once('ready', resolve)),
    new Promise((resolve) => (timer = setTimeout(resolve, READY_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (client.status !== 'ready') logger.warn({ status: client.status }, 'Redis not ready yet; starting without it');
  return client;
}
