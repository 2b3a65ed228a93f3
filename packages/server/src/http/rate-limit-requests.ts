import type { NextFunction, Request, Response } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumePoints, RATE_LIMIT_WINDOW_SECONDS, retryAfterSeconds } from '../graphql/limits/rate-limit';
import { sendJsonError } from './json-errors';

/**
 * Counts requests per client address. Every answer carries the IETF RateLimit-Policy and
 * RateLimit headers; over the limit: 429 with Retry-After, before any parsing or database work.
 */
export function rateLimitRequests(limiter: RateLimiterAbstract) {
  const policy = `"requests";q=${limiter.points};w=${RATE_LIMIT_WINDOW_SECONDS}`;
  return async (req: Request, res: Response, next: NextFunction) => {
    const outcome = await consumePoints(limiter, clientKey(req));
    if (!outcome) return next();
    const { state } = outcome;
    res.setHeader('ratelimit-policy', policy);
    res.setHeader('ratelimit', `"requests";r=${state.remainingPoints};t=${retryAfterSeconds(state)}`);
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
