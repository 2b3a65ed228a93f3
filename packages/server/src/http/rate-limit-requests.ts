import type { NextFunction, Request, Response } from 'express';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import {
  consumePoints,
  RATE_LIMIT_WINDOW_SECONDS,
  retryAfterSeconds,
  type RateLimitOutcome,
} from '../graphql/limits/rate-limit';
import type { SetHeader } from './http-caching';
import { sendJsonError } from './json-errors';

/** A request as counted (null: the shared store failed, and the request went through uncounted). */
export interface RequestCount {
  outcome: RateLimitOutcome | null;
}

/** Sets the IETF RateLimit-Policy and RateLimit headers of a counted request. */
export function setRateLimitHeaders(limiter: RateLimiterAbstract, state: RateLimiterRes, setHeader: SetHeader): void {
  setHeader('ratelimit-policy', `"requests";q=${limiter.points};w=${RATE_LIMIT_WINDOW_SECONDS}`);
  setHeader('ratelimit', `"requests";r=${state.remainingPoints};t=${retryAfterSeconds(state)}`);
}

/**
 * Counts requests per client address. Every answer carries the IETF RateLimit-Policy and
 * RateLimit headers; over the limit: 429 with Retry-After, before any parsing or database work.
 */
export function rateLimitRequests(limiter: RateLimiterAbstract) {
  return async (req: Request, res: Response, next: NextFunction) => {
    // Counted once: by the GraphQL front when it saw the request first (graphql-front.ts).
    const outcome = req.requestCount ? req.requestCount.outcome : await consumePoints(limiter, clientKey(req));
    if (!outcome) return next();
    const { state } = outcome;
    setRateLimitHeaders(limiter, state, (name, value) => res.setHeader(name, value));
    if (outcome.allowed) return next();
    const retryAfter = retryAfterSeconds(state);
    res.setHeader('retry-after', String(retryAfter));
    sendJsonError(
      res,
      429,
      'RATE_LIMITED',
      `Rate limit reached: ${limiter.points} requests per ${RATE_LIMIT_WINDOW_SECONDS} s; retry after ${retryAfter} s`,
      { retryAfter },
    );
  };
}

/** The client address (Express honours X-Forwarded-For only when `trust proxy` is set). */
export function clientKey(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
