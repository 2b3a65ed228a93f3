import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ResponseCacheOptions } from '../cache/response-cache';
import { atomXml } from '../feeds/atom';
import { buildFeed, type FeedSubject } from '../feeds/feed-sources';
import { sendWithHttpCaching, type HttpCachePolicy } from './http-caching';
import { sendJsonError } from './json-errors';

/** Where feeds are kept between requests: the response cache's store, keyed by data version. */
export interface FeedCache {
  store: KeyValueCache<string>;
  responses: ResponseCacheOptions;
}

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** The feed a path serves, or null: see README "Feeds". */
export function feedSubjectOf(path: string, metric?: string): FeedSubject | null {
  if (path === '/feeds/papers.atom') return { kind: 'papers' };
  const match = /^\/(task|area|sota)\/([^/]+)\/feed\.atom$/.exec(path);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  if (slug.includes('\0') || slug.length > 1000) return null;
  if (match[1] === 'sota') return { kind: 'board', slug, metric };
  return { kind: match[1] as 'task' | 'area', slug };
}

/**
 * Atom feeds (RFC 4287): /feeds/papers.atom (latest papers), /task/:slug/feed.atom and
 * /area/:slug/feed.atom (their latest papers), /sota/:slug/feed.atom?metric= (the results that
 * set a new state of the art on the board, newest first). Rate-limited like downloads, cached
 * under the data version like GraphQL replies, with ETag and Cache-Control.
 */
export function feedRoutes(
  dataSource: DataSource,
  httpCache: HttpCachePolicy,
  limit: RequestHandler,
  cache?: FeedCache,
): Router {
  const router = Router();
  const ttl = cache?.responses.ttlSeconds ?? 0;

  const send = (req: Request, res: Response, body: string, hit: boolean) => {
    res.status(200).setHeader('content-type', ATOM_TYPE);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'");
    res.setHeader('x-cache', hit ? 'HIT' : 'MISS');
    sendWithHttpCaching(req, res, body, { method: req.method, status: 200, hasErrors: false }, httpCache);
  };

  router.get(/^\/(feeds\/papers|(task|area|sota)\/[^/]+\/feed)\.atom$/, limit, async (req, res, next) => {
    try {
      const metric = req.query.metric;
      if (metric !== undefined && (typeof metric !== 'string' || metric.length > 1000 || metric.includes('\0'))) {
        return sendJsonError(
          res,
          400,
          'BAD_USER_INPUT',
          '"metric" must be given once, as text of at most 1000 characters',
        );
      }
      const subject = feedSubjectOf(req.path, metric);
      if (!subject) return sendJsonError(res, 404, 'NOT_FOUND', 'No such feed');
      const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const self = `${origin}${req.originalUrl}`;
      const version = cache?.responses.dataVersion.current();
      const key = version !== undefined && ttl > 0 ? `feed:${version}:${self}` : null;
      const cached = key ? await cache!.store.get(key) : undefined;
      if (cached !== undefined) return send(req, res, cached, true);

      const feed = await buildFeed(dataSource, origin, self, subject);
      if (!feed)
        return sendJsonError(
          res,
          404,
          'NOT_FOUND',
          `No ${subject.kind} ${JSON.stringify('slug' in subject ? subject.slug : '')}`,
        );
      const body = atomXml(feed);
      if (key) await cache!.store.set(key, body, { ttl });
      send(req, res, body, false);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        return sendJsonError(res, 400, 'BAD_USER_INPUT', error.message);
      }
      next(error);
    }
  });
  return router;
}
