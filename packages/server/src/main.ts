import './production-default';
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { startCaching } from './cache/caching';
import { loadConfig } from './config';
import { databaseUrlOf } from './db/data-source';
import { openDatabase } from './db/database';
import { importSampleIfEmpty } from './db/seed';
import { ExitCode, exitCodeFor, withExitCode } from './exit-codes';
import { createApi } from './http/api';
import { createLogger } from './logger';
import { createMailer } from './modules/account/mailer';

/** Start-up: config → database → migrations → sample data → schema → HTTP. */
async function main(): Promise<void> {
  const config = withExitCode(ExitCode.UsageOrConfig, () => loadConfig());
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger, { limits: config.database });
  if (config.importSampleWhenEmpty) await importSampleIfEmpty(database.dataSource, logger);
  const caching = await startCaching({
    settings: config.cache,
    databaseUrl: databaseUrlOf(database.dataSource),
    logger,
  });

  const mailer = createMailer(config.mail, logger);
  logger.info(`password-reset mail: ${mailer.description}`);

  const {
    listener,
    graphql,
    close: closeApi,
  } = await createApi({
    dataSource: database.dataSource,
    logger,
    limits: config.limits,
    development: !config.production,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
    isDatabaseAvailable: () => database.isAvailable(),
    caching,
    compiledReads: config.compiledReads,
    readPipelines: config.database.readPipelines,
    accounts: { secureCookies: config.secureCookies, mailer, publicUrl: config.publicUrl },
  });
  const server: Server = createServer(listener).listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(`Papers with Code 2 is up: http://localhost:${port}/ (GraphQL at /graphql)`);
  });

  // A database outage does not end the server: it restarts the embedded one or waits for its own.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      server.close();
      await graphql.stop();
      await closeApi();
      await mailer.idle();
      await caching.close();
      await database.close();
      logger.info('stopped cleanly');
      process.exit(ExitCode.Ok);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(ExitCode.Failure);
    }
  };
  // The only stop on signals: Apollo's own is switched off (graphql-server.ts), as a second,
  // concurrent graphql.stop() never returns (@apollo/server 5.5).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, (received) => void shutdown(received));
  }
}

main().catch((error: unknown) => {
  const exitCode = exitCodeFor(error);
  // Expected failures (configuration, database) read best as their message; anything else with its stack.
  const shown = exitCode !== ExitCode.Failure && error instanceof Error ? error.message : error;
  console.error('Papers with Code 2 failed to start:', shown);
  process.exit(exitCode);
});
