import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT, type RequestLimits } from '../config';
import type { Caching } from '../cache/caching';
import type { Context } from '../graphql/context';
import { urlForLog, type Logger } from '../logger';
import { downloadRoutes } from './downloads';
import { feedLinkOf, withFeedLink } from './feed-links';
import { feedRoutes } from './feed-routes';
import { graphqlHandler, type AccountWiring } from './graphql-handler';
import type { HttpCachePolicy } from './http-caching';
import { jsonErrorHandler, jsonNotFound } from './json-errors';
import { rateLimitRequests } from './rate-limit-requests';
import { assignRequestId } from './request-id';
import { preloadLinkOf, webBuild } from './route-preloads';
import { embedRoutes } from './embed-routes';
import { securityHeaders } from './security-headers';
import { spaRouteStatus } from './spa-route-status';

export interface AppOptions {
  dataSource: DataSource;
  graphql: ApolloServer<Context>;
  logger: Logger;
  limits: RequestLimits;
  /** Counts requests per client; see graphql/limits/rate-limit.ts. */
  requestLimiter: RateLimiterAbstract;
  /** Sign-in limits and cookie settings of the accounts module. */
  accounts: AccountWiring;
  /** Cache-Control of successful GraphQL GETs. */
  httpCache: HttpCachePolicy;
  /** Express's `trust proxy` setting, to see client addresses behind a reverse proxy. */
  trustProxy?: string;
  /** The built web app to serve at /, when present. */
  webDist?: string;
  isDatabaseAvailable?: () => boolean;
  /** The response cache's store and data version, which feeds are cached with too. */
  caching?: Caching;
}

/**
 * HTTP routes: /graphql (GET and POST, CORS open), /healthz, /embed.js and the embed pages, and the
 * web app with deep links.
 */
export function createApp(options: AppOptions): Express {
  const { dataSource, graphql, logger, limits, requestLimiter, httpCache, trustProxy, webDist, isDatabaseAvailable } =
    options;
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy) app.set('trust proxy', trustProxy);
  app.use(assignRequestId);
  // Leaderboards of thousands of rows are large JSON; gzip shrinks them about tenfold. Below
  // 1 KB compressing costs more time than the bytes it saves.
  app.use(compression({ threshold: 1024 }));
  // A line per request only when asked for (LOG_LEVEL=debug): at info, a busy or abused server
  // would log more than it serves. Errors are logged where they happen, with the request id.
  if (logger.isLevelEnabled('debug')) {
    app.use(
      pinoHttp({
        logger,
        genReqId: (req) => req.requestId,
        useLevel: 'debug',
        autoLogging: { ignore: (req) => req.url === '/healthz' },
        serializers: { req: (req: { url: string }) => ({ ...req, url: urlForLog(req.url) }) },
      }),
    );
  }

  app.get('/healthz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).setHeader('retry-after', '5').json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    cors({ origin: '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86400 }),
    rateLimitRequests(requestLimiter),
    express.json({ limit: limits.maxBodyBytes }),
    // A body the GraphQL front read but could not parse: reported as express.json reports it.
    (req: express.Request, _res: express.Response, next: express.NextFunction) => next(req.bodyError),
    graphqlHandler({ graphql, dataSource, limits, httpCache, isDatabaseAvailable, accounts: options.accounts }),
  );

  app.use(downloadRoutes(dataSource, httpCache, rateLimitRequests(requestLimiter)));
  const feedCache = options.caching?.responses && {
    store: options.caching.store,
    responses: options.caching.responses,
  };
  app.use(feedRoutes(dataSource, httpCache, rateLimitRequests(requestLimiter), feedCache));
  // The About page's "how to self-host" links the project's README.
  app.get('/README.md', (_req, res, next) => {
    const readme = join(PROJECT_ROOT, 'README.md');
    if (!existsSync(readme)) return next();
    res.setHeader('content-type', 'text/markdown; charset=utf-8');
    res.sendFile(readme);
  });

  // Pages and files, not the API: CSP, framing (only /embed/* by other sites), nosniff, referrer.
  app.use(securityHeaders);
  if (webDist) app.use(embedRoutes(dataSource, webDist));

  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    const build = webBuild(webDist);
    // Client-side routes: every other GET gets the SPA shell, with 404 for dead links, the page's
    // feed link in its head, and a Link header preloading the page's chunks.
    app.get(/^(?!\/graphql).*/, async (req, res, next) => {
      try {
        const status = await spaRouteStatus(dataSource, req.path);
        // Read on every request, as sendFile did: a rebuilt web app is served at once.
        const shell = await readFile(join(webDist, 'index.html'), 'utf8');
        const html = withFeedLink(shell, status === 200 ? feedLinkOf(req.path) : null);
        const built = status === 200 ? build() : null;
        const preloads = built && preloadLinkOf(built, req.path);
        if (preloads) res.setHeader('link', preloads);
        res.status(status).setHeader('content-type', 'text/html; charset=utf-8').send(html);
      } catch (error) {
        next(error);
      }
    });
  }
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(logger));
  return app;
}
