import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from '../../src/db/process-info';
import { waitFor } from '../../src/db/wait-for';
import { ExitCode } from '../../src/exit-codes';
import {
  graphql,
  healthStatus,
  postmasterPid,
  PROCESS_TEST_TIMEOUT_MS,
  ProcessHarness,
  PWC_JS,
  requireBuiltDist,
  SAMPLE_ARCHIVE,
  START_LIMIT_MS,
  waitForOutput,
  waitUntilHealthy,
  type ServerProcess,
} from './process-harness';

jest.setTimeout(PROCESS_TEST_TIMEOUT_MS);

const STATS = '{ stats { papers } }';

/** `{ stats { papers } }` answers with a number. */
async function paperCount(server: ServerProcess): Promise<number | undefined> {
  const response = await graphql(server, STATS);
  const papers: unknown = response?.data?.stats?.papers;
  return typeof papers === 'number' ? papers : undefined;
}

describe('crash recovery (real server, real embedded PostgreSQL)', () => {
  const harness = new ProcessHarness();
  beforeAll(requireBuiltDist);
  afterEach(() => harness.cleanup());

  it('after kill -9 of the server, the next start stops the orphaned PostgreSQL and serves', async () => {
    const dataDir = harness.dataDir();
    const first = await harness.server(dataDir);
    await waitUntilHealthy(first);
    const orphan = postmasterPid(dataDir)!;

    process.kill(first.pid, 'SIGKILL'); // the server only: its postmaster lives on, orphaned
    await first.exited;
    expect(isRunning(orphan)).toBe(true);

    const second = await harness.server(dataDir, { PORT: String(first.port) });
    await waitUntilHealthy(second);
    expect(await paperCount(second)).toBe(0);
    expect(second.output()).toContain('left running by a process that is gone; stopping it');
    expect(isRunning(orphan)).toBe(false);
  });

  it('kill -9 of the postmaster under a running server: 503 while it is down, then it is restarted and serves', async () => {
    const dataDir = harness.dataDir();
    const server = await harness.server(dataDir);
    await waitUntilHealthy(server);
    const killed = postmasterPid(dataDir)!;

    process.kill(killed, 'SIGKILL');
    const statusesWhileDown = new Set<number>();
    const restarted = () => {
      const pid = postmasterPid(dataDir);
      return pid !== undefined && pid !== killed && isRunning(pid);
    };
    // Down (503) or already back: either way the server noticed and did not end.
    await waitFor(
      async () => {
        const status = await healthStatus(server);
        if (status !== 200) statusesWhileDown.add(status);
        return status === 503 || restarted();
      },
      { timeoutMs: START_LIMIT_MS, intervalMs: 50 },
    );
    const back = await waitFor(async () => (await healthStatus(server)) === 200 && restarted(), {
      timeoutMs: START_LIMIT_MS,
      intervalMs: 250,
    });
    expect({ back, output: back ? '' : server.output() }).toEqual({ back: true, output: '' });

    // The existing pool reconnects: GraphQL works again without a restart of the server.
    const answered = await waitFor(async () => (await paperCount(server)) === 0, { timeoutMs: START_LIMIT_MS });
    expect(answered).toBe(true);
    expect(server.hasExited()).toBe(false);
    expect([...statusesWhileDown].filter((status) => status !== 503)).toEqual([]);
    expect(server.output()).toContain('embedded PostgreSQL stopped unexpectedly; restarting it');
    expect(server.output()).toContain('embedded PostgreSQL is running again');
  });

  it('kill -9 of `pwc import` mid-import: the next import stops the orphan, completes with 0, and the data is there', async () => {
    const dataDir = harness.dataDir();
    const env = { PWC_DATA_DIR: dataDir };
    const killed = harness.node(PWC_JS, ['import', SAMPLE_ARCHIVE], env);
    await waitForOutput(killed, 'Importing'); // the database is up and the import has begun
    process.kill(killed.pid, 'SIGKILL');
    await killed.exited;

    const again = harness.node(PWC_JS, ['import', SAMPLE_ARCHIVE], env);
    const exit = await again.exited;
    expect({ exit, output: exit.code === 0 ? '' : again.output() }).toEqual({
      exit: { code: ExitCode.Ok, signal: null },
      output: '',
    });
    expect(again.stdout()).toMatch(/Done in [\d.]+s\n/);

    const server = await harness.server(dataDir);
    await waitUntilHealthy(server);
    expect(await paperCount(server)).toBeGreaterThan(0);
  });

  it('a stale postmaster.pid whose PID is now another program does not block the start', async () => {
    const dataDir = harness.dataDir();
    const first = await harness.server(dataDir);
    await waitUntilHealthy(first);
    process.kill(first.pid, 'SIGTERM');
    expect(await first.exited).toEqual({ code: ExitCode.Ok, signal: null });
    expect(postmasterPid(dataDir)).toBeUndefined(); // a clean stop removes it

    // As after a crash and a reboot: the file names a PID that some other program has now.
    const other = spawn('sleep', ['600'], { stdio: 'ignore' });
    try {
      const lock = [
        other.pid,
        join(dataDir, 'postgres'),
        '1',
        '5432',
        '/tmp',
        'localhost',
        '  5432001  999999',
        'ready',
      ];
      writeFileSync(join(dataDir, 'postgres', 'postmaster.pid'), `${lock.join('\n')}\n`);
      const second = await harness.server(dataDir);
      await waitUntilHealthy(second);
      expect(await paperCount(second)).toBe(0);
      expect(second.output()).toContain('removing stale postmaster.pid');
    } finally {
      other.kill('SIGKILL');
    }
  });
});
