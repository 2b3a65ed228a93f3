import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WEB_ROOT = resolve(__dirname, '..');
// PWC_E2E_WEB_DIST: a build of one's own (several people building dist/ at once get in each other's way).
export const WEB_DIST = process.env.PWC_E2E_WEB_DIST ?? join(WEB_ROOT, 'dist');
export const SERVER_MAIN = resolve(WEB_ROOT, '../server/dist/main.js');

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  dataDir: string;
  output: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(server: RunningServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`The server exited with code ${server.process.exitCode}:\n${server.output.join('')}`);
    }
    try {
      const response = await fetch(`${server.baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs / 1000}s:\n${server.output.join('')}`);
}

/**
 * Starts the built server on a free port with a fresh data folder: it starts its embedded
 * PostgreSQL, migrates, imports the bundled sample archive and serves the built web app.
 */
export async function startServer(): Promise<RunningServer> {
  for (const [file, hint] of [
    [SERVER_MAIN, 'build the server'],
    [join(WEB_DIST, 'index.html'), 'build the web app'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint} first (pnpm build).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'pwc-e2e-'));
  // As root, the embedded PostgreSQL runs as its own user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: resolve(WEB_ROOT, '../server'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PWC_DATA_DIR: dataDir,
      PWC_WEB_DIST: WEB_DIST,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      // Every test's browser shares one address: per-client limits would measure the suite, not
      // a reader (the server's own tests cover the limits).
      PWC_RATE_LIMIT_REQUESTS: '1000000',
      PWC_RATE_LIMIT_COST: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: RunningServer = { baseUrl: `http://127.0.0.1:${port}`, process: child, dataDir, output: [] };
  child.stdout?.on('data', (chunk: Buffer) => server.output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => server.output.push(chunk.toString()));
  try {
    // Starting PostgreSQL and importing the sample is quick when the machine is idle; this is the upper bound.
    await waitForHealth(server, 300_000);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return server;
}

/** SIGTERM, so the server stops its embedded PostgreSQL; then the data folder is removed. */
export async function stopServer(server: RunningServer): Promise<void> {
  const child = server.process;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
  }
  rmSync(server.dataDir, { recursive: true, force: true });
}

/**
 * Gives an account a role on a test server's own database, as `pwc user set-role` does (the
 * embedded PostgreSQL in `dataDir`; its port is in postmaster.pid).
 */
export async function setRole(dataDir: string, email: string, role: string): Promise<void> {
  const port = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const { Client } = createRequire(resolve(WEB_ROOT, '../server/package.json'))('pg');
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'pwc-embedded', database: 'pwc' });
  await client.connect();
  try {
    await client.query('UPDATE app_user SET role = $2 WHERE email = $1', [email, role]);
  } finally {
    await client.end();
  }
}
