import type { Express } from 'express';
import Negotiator from 'negotiator';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import proxyAddr from 'proxy-addr';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RequestLimits } from '../config';
import type { CompiledReads, CompiledReply } from '../graphql/compiled/compiled-reads';
import { Deadline } from '../graphql/limits/deadline';
import { consumePoints } from '../graphql/limits/rate-limit';
import { setCachingHeaders, type HttpCachePolicy } from './http-caching';
import { setRateLimitHeaders, type RequestCount } from './rate-limit-requests';
import { ReplyHeaders } from './reply-headers';

export interface GraphqlFrontOptions {
  app: Express;
  compiled: CompiledReads;
  limits: Pick<RequestLimits, 'requestTimeoutMs' | 'maxResponseBytes' | 'maxBodyBytes'>;
  httpCache: HttpCachePolicy;
  requestLimiter: RateLimiterAbstract;
  isDatabaseAvailable?: () => boolean;
}

declare module 'http' {
  interface IncomingMessage {
    /** The front counted the request already (the Express app must not count it again). */
    requestCount?: RequestCount;
    /** The front read and parsed the body (`body`), or failed to (`bodyError`). */
    body?: unknown;
    bodyError?: Error;
  }
}

/** Replies smaller than this are sent as they are: compressing them costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);

/**
 * The HTTP server's request listener: GraphQL reads that the compiled read path answers are
 * served here without Express (whose middleware costs about as much as the whole compiled
 * answer of a small query); everything else — and every request the front is unsure of — goes to
 * the Express app, which also finishes what the front started (its count, its parsed body) so
 * that nothing is done twice. The replies are those the Express app would send: same body,
 * headers of the same meaning (request id, CORS, rate limits, caching, compression).
 */
export function createGraphqlFront({
  app,
  compiled,
  limits,
  httpCache,
  requestLimiter,
  isDatabaseAvailable,
}: GraphqlFrontOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (!isFrontRequest(req, limits.maxBodyBytes) || (isDatabaseAvailable && !isDatabaseAvailable())) {
      return void app(req, res);
    }
    serve(req, res).catch(() => {
      // Anything unexpected: the Express app answers (and logs) unless a reply already began.
      if (!res.headersSent) app(req, res);
      else res.destroy();
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    // Whatever the front hands to the Express app gets these headers from it again.
    const headers = new ReplyHeaders();
    req.requestId = randomUUID();
    headers.set('x-request-id', req.requestId);
    const clientKey = clientAddress(req, app.get('trust proxy fn'));
    const count = await consumePoints(requestLimiter, clientKey);
    req.requestCount = { outcome: count };
    if (!count || !count.allowed) return void app(req, res); // it answers 429 (or counts without a store)
    setRateLimitHeaders(requestLimiter, count.state, headers.set);
    headers.set('access-control-allow-origin', '*');

    if (req.method === 'POST') {
      // From here on, express.json must not read the body again (it skips a request with _body).
      (req as { _body?: boolean })._body = true;
      try {
        req.body = parseJsonBody(await readBody(req, limits.maxBodyBytes));
      } catch (error) {
        req.bodyError = error as Error;
        return void app(req, res);
      }
    }
    const reply = await compiled.answer({
      method: req.method!,
      body: req.body,
      search: searchOf(req.url!),
      accept: req.headers.accept,
      clientKey,
      requestId: req.requestId,
      deadline: new Deadline(limits.requestTimeoutMs),
    });
    if (!reply || Buffer.byteLength(reply.body) > limits.maxResponseBytes) {
      return void app(req, res);
    }
    setCompiledHeaders(headers, reply, started);
    const reply200 = { method: req.method!, status: 200, hasErrors: false };
    if (setCachingHeaders(req, reply.body, reply200, httpCache, headers.set)) {
      headers.writeHead(res, 304);
      return void res.end();
    }
    await endCompressed(req, res, headers, reply.body);
  }
}

/**
 * The client's address as Express's `req.ip` gives it. Without an X-Forwarded-For header that is
 * the socket's address whatever `trust proxy` says, without proxy-addr's parsing (~2 µs).
 */
function clientAddress(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  if (!req.headers['x-forwarded-for']) return req.socket.remoteAddress!;
  return proxyAddr(req, trust);
}

/** Headers of a reply of the compiled read path (beside those of caching and of its length). */
function setCompiledHeaders(headers: ReplyHeaders, reply: CompiledReply, started: number): void {
  headers.set('content-type', reply.contentType);
  headers.set('server-timing', `graphql;dur=${(performance.now() - started).toFixed(1)};desc="compiled"`);
  headers.set('x-cache', reply.cacheHit ? 'HIT' : 'MISS');
  headers.set('vary', 'Accept, Accept-Encoding');
}

/**
 * Whether the front may take the request: a GET or a JSON POST of known length within the body
 * limit, to /graphql. Anything else (chunked or encoded bodies, other types, preflights) goes to
 * Express, which has an answer for each.
 */
function isFrontRequest(req: IncomingMessage, maxBodyBytes: number): boolean {
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  if (req.method === 'GET') return req.headers['content-length'] === undefined && !req.headers['transfer-encoding'];
  if (req.method !== 'POST' || req.headers['content-encoding'] || req.headers['transfer-encoding']) return false;
  const type = req.headers['content-type']?.toLowerCase().replace(/\s/g, '');
  if (type !== 'application/json' && type !== 'application/json;charset=utf-8') return false;
  const length = Number(req.headers['content-length']);
  return Number.isInteger(length) && length >= 0 && length <= maxBodyBytes;
}

/** The body, which is known to be at most `limit` bytes long (its content-length). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit)
        reject(Object.assign(new Error('body larger than its length'), { type: 'request.size.invalid' }));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON as express.json reads it (strict: an object or array; empty: {}), or its error. */
function parseJsonBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return {};
  if (first === '{' || first === '[') {
    try {
      return JSON.parse(text);
    } catch {
      // reported below
    }
  }
  throw Object.assign(new SyntaxError('The request body is not valid JSON'), {
    type: 'entity.parse.failed',
    status: 400,
  });
}

/** Sends the body, gzipped when it is worth it and the client takes gzip. */
async function endCompressed(
  req: IncomingMessage,
  res: ServerResponse,
  headers: ReplyHeaders,
  body: string,
): Promise<void> {
  const bytes = Buffer.byteLength(body);
  const acceptEncoding = req.headers['accept-encoding'];
  const gzipped =
    bytes >= COMPRESS_FROM_BYTES &&
    acceptEncoding !== undefined &&
    new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encoding(['gzip', 'identity']) === 'gzip';
  if (!gzipped) {
    headers.set('content-length', String(bytes));
    headers.writeHead(res, 200);
    return void res.end(body);
  }
  const compressed = await gzipAsync(body);
  headers.set('content-encoding', 'gzip');
  headers.set('content-length', String(compressed.length));
  headers.writeHead(res, 200);
  res.end(compressed);
}

/** The query string of a request URL, with its `?` ('' without one). */
export function searchOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart >= 0 ? url.slice(queryStart) : '';
}
