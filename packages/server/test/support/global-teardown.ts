import type { EmbeddedPostgresHandle } from '../../src/db/embedded-postgres';
import type { TestRedisServer } from './redis-server';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis as { __PWC_TEST_CLUSTER__?: EmbeddedPostgresHandle; __PWC_TEST_REDIS__?: TestRedisServer };
  await Promise.all([started.__PWC_TEST_CLUSTER__?.stop(), started.__PWC_TEST_REDIS__?.stop()]);
}
