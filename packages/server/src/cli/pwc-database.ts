import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

/** The repository root, from src/cli or dist/cli of packages/server. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..', '..');

export interface CliDatabase {
  dataSource: DataSource;
  description: string;
  close(): Promise<void>;
}

/**
 * The database the server uses: DATABASE_URL when set, else the embedded PostgreSQL in
 * PWC_DATA_DIR (default .data/postgres). Migrations are run before anything is written.
 */
export async function openCliDatabase(log: (line: string) => void): Promise<CliDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const dataSource = await createDataSource({ url }).initialize();
    await dataSource.runMigrations();
    return { dataSource, description: 'DATABASE_URL', close: () => dataSource.destroy() };
  }
  const dataDir = process.env.PWC_DATA_DIR ?? resolve(PROJECT_ROOT, '.data', 'postgres');
  log(`Starting the embedded PostgreSQL in ${dataDir}`);
  const cluster = await startEmbeddedPostgres({ dataDir, database: 'pwc' });
  try {
    const dataSource = await createDataSource({ url: cluster.url }).initialize();
    await dataSource.runMigrations();
    return {
      dataSource,
      description: `embedded PostgreSQL in ${dataDir}`,
      async close() {
        await dataSource.destroy();
        await cluster.stop();
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
