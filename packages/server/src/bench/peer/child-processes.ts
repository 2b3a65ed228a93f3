import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

// How long a child gets to stop after SIGTERM before SIGKILL.
const STOP_GRACE_MS = 15_000;

/**
 * Every process the benchmark starts, so that all of them are stopped on success, on failure and
 * on Ctrl-C. Stops run last-started first (a server before the database it uses).
 */
export class ChildProcesses {
  private readonly children: { name: string; child: ChildProcess }[] = [];
  private readonly cleanups: { name: string; run: () => Promise<void> }[] = [];

  /** Starts a process; its output goes to ours unless options say otherwise. */
  start(name: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    this.children.push({ name, child });
    child.once('error', (error) => console.error(`${name}: ${error.message}`));
    return child;
  }

  /** Runs a process to its end; rejects when it fails. Output: ours, unless options say otherwise. */
  async run(name: string, command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
    const child = this.start(name, command, args, options);
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    this.forget(child);
    if (code !== 0) throw new Error(`${name} failed (${signal ? `killed by ${signal}` : `exit code ${code}`})`);
  }

  /** Something else to undo at the end, e.g. the embedded PostgreSQL started in this process. */
  onStop(name: string, run: () => Promise<void>): void {
    this.cleanups.push({ name, run });
  }

  /** Stops one process: SIGTERM, then SIGKILL after a grace period. */
  async stop(child: ChildProcess): Promise<void> {
    this.forget(child);
    await stopProcess(child);
  }

  /** Stops everything still running, newest first; never throws. */
  async stopAll(): Promise<void> {
    const children = this.children.splice(0).reverse();
    await Promise.all(children.map(({ child }) => stopProcess(child)));
    for (const { name, run } of this.cleanups.splice(0).reverse()) {
      await run().catch((error: unknown) => console.error(`stopping ${name} failed: ${String(error)}`));
    }
  }

  private forget(child: ChildProcess): void {
    const index = this.children.findIndex((entry) => entry.child === child);
    if (index !== -1) this.children.splice(index, 1);
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), delay(STOP_GRACE_MS, false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Runs main with every started process stopped at the end, also on SIGINT/SIGTERM/SIGHUP (then the
 * exit code is 128 + the signal's number, as for any process ended by a signal).
 */
export function runWithCleanup(main: (processes: ChildProcesses) => Promise<void>): void {
  const processes = new ChildProcesses();
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping every process the benchmark started`);
    const code = 128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal]!;
    void processes.stopAll().finally(() => process.exit(code));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  main(processes)
    .catch((error: unknown) => {
      // After a signal, failures are the processes being stopped: nothing to report.
      if (stopping) return;
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    })
    .finally(async () => {
      if (!stopping) await processes.stopAll();
    });
}
