import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { startRedisServer } from './redis-server';
import { TEMPLATE_DATABASE } from './test-database';

/**
 * Starts one real PostgreSQL for the whole run (or uses TEST_DATABASE_URL's server) and builds a
 * migrated template database that every test file clones; and one real redis-server (or uses
 * TEST_REDIS_URL's) for the tests of the shared cache, at PWC_TEST_REDIS_URL.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // Under /tmp so the postgres system user can reach it wherever the clone lives.
    const dataDir = mkdtempSync(join(tmpdir(), 'pwc-test-pg-'));
    const cluster = await startEmbeddedPostgres({ dataDir, database: 'postgres', ephemeral: true });
    (globalThis as { __PWC_TEST_CLUSTER__?: typeof cluster }).__PWC_TEST_CLUSTER__ = cluster;
    serverUrl = cluster.url;
  }
  process.env.PWC_TEST_SERVER_URL = serverUrl;

  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const template = createDataSource({ url: withDatabase(serverUrl, TEMPLATE_DATABASE) });
  await template.initialize();
  await template.runMigrations();
  await template.destroy();

  let redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedisServer();
    (globalThis as { __PWC_TEST_REDIS__?: typeof redis }).__PWC_TEST_REDIS__ = redis;
    redisUrl = redis.url;
  }
  process.env.PWC_TEST_REDIS_URL = redisUrl;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
