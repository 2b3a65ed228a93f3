import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../../src/db/free-port';
import { waitFor } from '../../src/db/wait-for';

// Real processes on a possibly busy machine: generous limits, always on conditions.
export const START_LIMIT_MS = 120_000;
export const PROCESS_TEST_TIMEOUT_MS = 400_000;

const SERVER_ROOT = resolve(__dirname, '../..');
export const MAIN_JS = join(SERVER_ROOT, 'dist/main.js');
export const PWC_JS = join(SERVER_ROOT, 'dist/cli/pwc.js');
export const SAMPLE_ARCHIVE = join(SERVER_ROOT, 'sample-archive');

/** These tests run the built server; say how to get it rather than fail obscurely. */
export function requireBuiltDist(): void {
  for (const file of [MAIN_JS, PWC_JS]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`pnpm run build\` first (the root \`npm test\` builds before testing)`);
    }
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  pid: number;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  stdout(): string;
  exited: Promise<Exit>;
  hasExited(): boolean;
}

/**
 * Spawns the built server and CLI in process groups of their own, and afterwards kills every
 * group (the embedded postmaster and its backends included) and removes every temp folder.
 */
export class ProcessHarness {
  private readonly groups: number[] = [];
  private readonly folders: string[] = [];

  /** A PWC_DATA_DIR the `postgres` system user can reach (PostgreSQL runs as it under root). */
  dataDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'pwc-process-'));
    chmodSync(dir, 0o755);
    this.folders.push(dir);
    return dir;
  }

  node(script: string, args: string[], env: Record<string, string>): RunningProcess {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: SERVER_ROOT,
      env: { ...baseEnv(), ...env },
      detached: true, // its own process group: the postmaster it starts joins it
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (!child.pid) throw new Error(`could not spawn ${script}`);
    this.groups.push(child.pid);
    return track(child);
  }

  /** The server on a free port; resolves once it is listening. */
  async server(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
    const port = env.PORT ? Number(env.PORT) : await findFreePort();
    const process = this.node(MAIN_JS, [], { PWC_DATA_DIR: dataDir, PORT: String(port), ...env });
    return { ...process, url: `http://127.0.0.1:${port}`, port };
  }

  async cleanup(): Promise<void> {
    const groups = this.groups.splice(0);
    for (const group of groups) killGroup(group);
    for (const group of groups) await waitFor(() => liveMembers(group) === 0, { timeoutMs: 30_000 });
    for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

export interface ServerProcess extends RunningProcess {
  url: string;
  port: number;
}

/** GET /healthz: its status, or 0 when nothing answers. */
export async function healthStatus(server: ServerProcess): Promise<number> {
  try {
    const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Waits until /healthz answers 200; fails with the server's output otherwise. */
export async function waitUntilHealthy(server: ServerProcess): Promise<void> {
  const healthy = await waitFor(async () => server.hasExited() || (await healthStatus(server)) === 200, {
    timeoutMs: START_LIMIT_MS,
    intervalMs: 250,
  });
  if (!healthy || server.hasExited()) {
    throw new Error(`the server did not become healthy:\n${server.output()}`);
  }
}

/** POSTs a GraphQL query; the parsed response, or undefined when the request failed. */
export async function graphql(server: ServerProcess, query: string): Promise<any> {
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(10_000),
    });
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The PID in `<dataDir>/postgres/postmaster.pid`, if there is one. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8'), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Waits for `text` in the process's output; fails with the output otherwise. */
export async function waitForOutput(process: RunningProcess, text: string | RegExp): Promise<void> {
  const seen = () => (typeof text === 'string' ? process.output().includes(text) : text.test(process.output()));
  const found = await waitFor(() => seen() || process.hasExited(), { timeoutMs: START_LIMIT_MS });
  if (!found || !seen()) throw new Error(`never saw ${String(text)} in the output:\n${process.output()}`);
}

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // The API tests' shared database must not leak into these processes.
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'PWC_TEST_SERVER_URL']) delete env[name];
  return {
    ...env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PWC_IMPORT_SAMPLE: 'false',
    PWC_WEB_DIST: join(tmpdir(), 'pwc-process-no-web-dist'),
  };
}

function track(child: ChildProcess): RunningProcess {
  let output = '';
  let stdout = '';
  let exit: Exit | undefined;
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.once('close', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  return {
    pid: child.pid!,
    output: () => output,
    stdout: () => stdout,
    exited,
    hasExited: () => exit !== undefined,
  };
}

function killGroup(group: number): void {
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // the whole group is gone already
  }
}

/** Members of a process group that still run (exited ones may linger unreaped as zombies). */
function liveMembers(group: number): number {
  if (!existsSync('/proc/self/stat')) return 0; // not Linux: the SIGKILL has to do
  let count = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , processGroup] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(processGroup) === group && state !== 'Z') count++;
    } catch {
      // gone meanwhile
    }
  }
  return count;
}
