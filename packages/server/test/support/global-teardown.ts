import type { EmbeddedPostgresHandle } from '../../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __PWC_TEST_CLUSTER__?: EmbeddedPostgresHandle }).__PWC_TEST_CLUSTER__;
  await cluster?.stop();
}
