import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /** Closes the pool and stops the embedded server if one was started. */
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then applies pending migrations. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = join(config.dataDir, 'postgres');
    logger.info({ dataDir }, 'starting embedded PostgreSQL (set DATABASE_URL to use your own server)');
    const embedded = await startEmbeddedPostgres({
      dataDir,
      database: 'pwc',
      onLog: (message) => logger.debug({ postgres: message.trim() }),
    });
    url = embedded.url;
    stopEmbedded = () => embedded.stop();
  }

  const dataSource = createDataSource({ url });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } catch (error) {
    await stopEmbedded?.();
    throw error;
  }
  return {
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await stopEmbedded?.();
    },
  };
}
