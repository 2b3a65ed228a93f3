import { stopServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__PWC_E2E_SERVER__;
  if (server) await stopServer(server);
}
