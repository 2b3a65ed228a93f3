import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export const RATE_LIMIT_WINDOW_SECONDS = 60;

export interface RateLimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}
export type RateLimiterStore = (options: RateLimiterOptions) => RateLimiterAbstract;

export const memoryStore: RateLimiterStore = (options) => new RateLimiterMemory(options);

/**
 * A per-client limiter over one window. In memory by default; any rate-limiter-flexible store
 * (Redis, Postgres, ...) can be passed instead when several API nodes must share the counts.
 */
export function createRateLimiter(
  name: string,
  pointsPerWindow: number,
  store: RateLimiterStore = memoryStore,
): RateLimiterAbstract {
  return store({ keyPrefix: name, points: pointsPerWindow, duration: RATE_LIMIT_WINDOW_SECONDS });
}

/**
 * Counts in a Redis shared by every API node. While Redis is unreachable, each node counts in
 * its own memory instead (the insurance limiter) rather than letting every request through.
 */
export function redisRateLimiterStore(client: Redis, keyPrefix: string): RateLimiterStore {
  return (options) =>
    new RateLimiterRedis({
      ...options,
      keyPrefix: `${keyPrefix}${options.keyPrefix}`,
      storeClient: client,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memoryStore(options),
    });
}

export type RateLimitOutcome = { allowed: true; state: RateLimiterRes } | { allowed: false; state: RateLimiterRes };

/** Takes points from the client's allowance; a broken shared store lets requests through. */
export async function consumePoints(
  limiter: RateLimiterAbstract,
  key: string,
  points = 1,
): Promise<RateLimitOutcome | null> {
  try {
    return { allowed: true, state: await limiter.consume(key, points) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, state: rejection };
    return null;
  }
}

export function retryAfterSeconds(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Charges an accepted operation's cost; over the allowance it is refused with 429. */
export async function chargeOrReject(limiter: RateLimiterAbstract, key: string, cost: number, policy: string) {
  const outcome = await consumePoints(limiter, key, Math.max(1, cost));
  if (!outcome || outcome.allowed) return;
  const retryAfter = retryAfterSeconds(outcome.state);
  const headers = new Map([['retry-after', String(retryAfter)]]);
  throw new GraphQLError(
    `Rate limit reached: this client spent its ${policy} allowance of ${limiter.points} per ` +
      `${RATE_LIMIT_WINDOW_SECONDS} s; retry after ${retryAfter} s`,
    { extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers } } },
  );
}
