import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { createContext, type Context } from '../graphql/context';
import type { Logger } from '../logger';
import { spaRouteStatus } from './spa-route-status';

export interface AppOptions {
  dataSource: DataSource;
  graphql: ApolloServer<Context>;
  logger: Logger;
  /** The built web app to serve at /, when present. */
  webDist?: string;
}

/** HTTP routes: /graphql (GET and POST, CORS open), /healthz, and the web app with deep links. */
export function createApp({ dataSource, graphql, logger, webDist }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Leaderboards of thousands of rows are large JSON; gzip shrinks them about tenfold.
  app.use(compression());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    cors({ origin: '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 86400 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(graphql, { context: async () => createContext(dataSource) }),
  );

  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the SPA shell, with 404 for dead links.
    app.get(/^(?!\/graphql).*/, async (req, res, next) => {
      try {
        res.status(await spaRouteStatus(dataSource, req.path)).sendFile(join(webDist, 'index.html'));
      } catch (error) {
        next(error);
      }
    });
  }
  return app;
}
