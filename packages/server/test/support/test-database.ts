import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';

export const TEMPLATE_DATABASE = 'pwc_test_template';

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, cloned from the template. */
export interface TestDatabaseOptions {
  logger?: Logger;
  poolSize?: number;
  statementTimeoutMs?: number;
  poolWaitTimeoutMs?: number;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.PWC_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('PWC_TEST_SERVER_URL is not set: run the tests through jest (globalSetup)');
  const name = `pwc_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await createDataSource({ url: url.toString(), poolSize: 4, ...options }).initialize();
  return {
    dataSource,
    url: url.toString(),
    async drop() {
      await dataSource.destroy();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
