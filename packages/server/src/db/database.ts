import type { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config, DatabaseLimits } from '../config';
import type { Logger } from '../logger';
import { createDataSource, poolOf } from './data-source';
import { DatabaseAvailability } from './database-availability';
import { DatabaseUnavailableError } from './database-unavailable-error';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /**
   * Whether the database answers, as last seen. False while the embedded server is being
   * restarted after a crash or an external server does not answer; queries fail meanwhile, and
   * the pool reconnects on its own once it is back. Never ends the process.
   */
  isAvailable(): boolean;
  /** Emits 'unavailable' (reason) and 'available' as the database goes away and comes back. */
  availability: Pick<DatabaseAvailability, 'on' | 'off' | 'once'>;
  /** Closes the pool and stops the embedded server if one was started. */
  close(): Promise<void>;
  /**
   * For a process about to exit on a signal: stops the embedded server at once, without waiting
   * for the pool (its fast shutdown cancels and rolls back running statements).
   */
  abort(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, then applies pending migrations.
 * Throws DatabaseUnavailableError when the database cannot be started or reached. With limits
 * (the server), the pool it returns has the API's pool size, statement and pool-wait timeouts.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { limits?: DatabaseLimits } = {},
): Promise<Database> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  const availability = new DatabaseAvailability(logger);
  if (!url) {
    const dataDir = join(config.dataDir, 'postgres');
    logger.info({ dataDir }, 'starting embedded PostgreSQL (set DATABASE_URL to use your own server)');
    embedded = await startEmbeddedPostgres({
      dataDir,
      database: 'pwc',
      logger,
      onLog: (message) => logger.debug({ postgres: message.trim() }),
      onCrash: (reason) => availability.markUnavailable(`embedded PostgreSQL ${reason}`),
      onRestart: () => availability.markAvailable(),
    });
    url = embedded.url;
  }

  let dataSource = createDataSource({ url });
  try {
    await dataSource.initialize().catch((error: unknown) => {
      throw new DatabaseUnavailableError(`Could not connect to the database at ${redacted(url)}: ${error}`, {
        cause: error,
      });
    });
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    if (options.limits) {
      // Migrations may take long on a full database; the API's statements may not.
      await dataSource.destroy();
      dataSource = await createDataSource({ url, ...options.limits }).initialize();
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }

  availability.watch(url);
  // An idle pooled connection that breaks is the first sign of an outage (or of a terminated
  // session). The pool itself drops it and opens new connections on demand, so nothing else is
  // needed to reconnect once the database is back; a new connection is proof that it is.
  // Undefined should TypeORM ever stop exposing it.
  const pool: EventEmitter | undefined = poolOf(dataSource);
  pool?.on('error', (error: Error) => availability.suspect(`lost a connection: ${error.message}`));
  pool?.on('connect', () => availability.markAvailable());
  const database: Database = {
    dataSource,
    isAvailable: () => availability.isAvailable(),
    availability,
    async close() {
      availability.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
    async abort() {
      availability.close();
      await embedded?.stop();
    },
  };
  return database;
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}
