import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { importSampleIfEmpty } from './db/seed';
import { createApi } from './http/api';
import { createLogger } from './logger';

/** Start-up: config → database → migrations → sample data → schema → HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  if (config.importSampleWhenEmpty) await importSampleIfEmpty(database.dataSource, logger);

  const { app, graphql } = await createApi({
    dataSource: database.dataSource,
    logger,
    limits: config.limits,
    development: !config.production,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
  });
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(`Papers with Code 2 is up: http://localhost:${port}/ (GraphQL at /graphql)`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    await graphql.stop();
    await database.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  console.error('Papers with Code 2 failed to start:', error);
  process.exit(1);
});
