import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { CacheSettings } from '../config';

export type HttpCachePolicy = Pick<CacheSettings, 'httpMaxAgeSeconds' | 'httpStaleWhileRevalidateSeconds'>;

export interface ReplyToCache {
  method: string;
  status: number;
  /** The reply carries GraphQL errors (possibly beside partial data). */
  hasErrors: boolean;
  /** It is about the requesting account: no shared cache may keep it, no ETag is sent. */
  personalised?: boolean;
}

/** Only a successful GET of public data is a read that browsers and CDNs may keep; everything else: no-store. */
export function isHttpCacheable({ method, status, hasErrors, personalised }: ReplyToCache): boolean {
  return method === 'GET' && status === 200 && !hasErrors && !personalised;
}

/** The Cache-Control header of a reply. With a max-age of 0, caches must revalidate (cheap with the ETag). */
export function cacheControlHeader(policy: HttpCachePolicy, reply: ReplyToCache): string {
  if (reply.personalised) return 'private, no-store';
  if (!isHttpCacheable(reply)) return 'no-store';
  if (policy.httpMaxAgeSeconds === 0) return 'no-cache';
  const revalidate = policy.httpStaleWhileRevalidateSeconds;
  return `public, max-age=${policy.httpMaxAgeSeconds}${revalidate > 0 ? `, stale-while-revalidate=${revalidate}` : ''}`;
}

/** A strong validator: the hash of the exact body sent (before any content coding). */
export function strongETag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether an If-None-Match header names this ETag (or is `*`), by the weak comparison RFC 9110
 * prescribes for it: a proxy that compressed the reply may have handed the client `W/"…"`.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Sets a response header (`res.setHeader`, or a ReplyHeaders list's `set`). */
export type SetHeader = (name: string, value: string) => void;

/**
 * Sets a reply's Cache-Control and, when it is cacheable, its ETag; true when the client already
 * holds it (If-None-Match names the ETag), so the reply is a 304 without a body.
 */
export function setCachingHeaders(
  req: IncomingMessage,
  body: string,
  reply: ReplyToCache,
  policy: HttpCachePolicy,
  setHeader: SetHeader,
): boolean {
  setHeader('cache-control', cacheControlHeader(policy, reply));
  if (!isHttpCacheable(reply)) return false;
  const etag = strongETag(body);
  setHeader('etag', etag);
  return ifNoneMatchMatches(req.headers['if-none-match'], etag);
}

/**
 * Sends a reply with its Cache-Control; a cacheable one also with its ETag, or as 304 without a
 * body when the client already holds it.
 */
export function sendWithHttpCaching(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  reply: ReplyToCache,
  policy: HttpCachePolicy,
): void {
  if (setCachingHeaders(req, body, reply, policy, (name, value) => res.setHeader(name, value))) {
    res.statusCode = 304;
    return void res.end();
  }
  // res.end rather than Express's res.send, which would add a weak ETag of its own to every reply.
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
