import { startServer, type RunningServer } from './server';

declare global {
  // Shared with global-teardown.ts (same process).
  var __PWC_E2E_SERVER__: RunningServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startServer();
  globalThis.__PWC_E2E_SERVER__ = server;
  // Test files read the address from the environment, which the test workers inherit.
  process.env.PWC_E2E_BASE_URL = server.baseUrl;
  // Its data folder, for tests that give an account a role (server.ts setRole).
  process.env.PWC_E2E_DATA_DIR = server.dataDir;
}
