import { realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Logger } from '../logger';
import { DatabaseUnavailableError } from './database-unavailable-error';
import { readPostmasterLock, removeLock, sharedMemoryInUse, type PostmasterLock } from './postmaster-lock';
import { describeProcess, isRunning, type ProcessInfo } from './process-info';
import { waitFor } from './wait-for';

// A fast shutdown (SIGINT) rolls back open transactions and writes a checkpoint; on a busy machine
// that can take a while. If it is still running after that, an immediate shutdown (SIGQUIT) leaves
// crash recovery to the next start.
const FAST_SHUTDOWN_LIMIT_MS = 60_000;
const IMMEDIATE_SHUTDOWN_LIMIT_MS = 15_000;
// Backends of a killed postmaster notice its death and exit on their own, usually at once.
const LEFTOVER_BACKENDS_LIMIT_MS = 30_000;

/**
 * Makes a data folder startable again after its server or importer was killed (kill -9, OOM):
 * - no postmaster.pid, or its process is gone and reaped: nothing to do (PostgreSQL replaces it);
 * - its PID is a zombie or another program now: PostgreSQL would take it for a running server,
 *   so the stale file is removed once no process of the old server holds its shared memory;
 * - a postgres of this folder whose parent process is gone: stopped with a fast shutdown;
 * - a postgres of this folder still started by a running Node process: an error, the folder is in use.
 */
export async function stopOrphanedPostmaster(dataDir: string, logger: Logger): Promise<void> {
  const lock = await readPostmasterLock(dataDir);
  if (!lock) return;
  const postmaster = describeProcess(lock.pid);
  if (!postmaster) {
    logger.info({ postmasterPid: lock.pid, lockFile: lock.file }, 'stale postmaster.pid: its process is gone');
    return;
  }
  if (postmaster.state === 'Z' || !isPostgresOf(postmaster, dataDir)) {
    await removeStaleLock(lock, postmaster, logger);
    return;
  }

  const owner = describeProcess(postmaster.parentPid);
  if (owner && owner.state !== 'Z' && isNode(owner)) {
    throw new DatabaseUnavailableError(
      `The embedded PostgreSQL in ${dataDir} (PID ${lock.pid}) belongs to a running process ` +
        `(PID ${owner.pid}: ${owner.args.join(' ')}). Stop that server or import first.`,
    );
  }
  logger.warn(
    { postmasterPid: lock.pid, dataDir },
    'an embedded PostgreSQL was left running by a process that is gone; stopping it',
  );
  await stopPostmaster(lock.pid, dataDir);
  logger.info({ postmasterPid: lock.pid }, 'stopped the orphaned embedded PostgreSQL');
}

async function removeStaleLock(lock: PostmasterLock, holder: ProcessInfo, logger: Logger): Promise<void> {
  const what = holder.state === 'Z' ? 'an exited process' : `another program (${holder.args[0] ?? '?'})`;
  if (sharedMemoryInUse(lock) === undefined) return; // cannot tell: PostgreSQL's own check decides
  const released = await waitFor(() => sharedMemoryInUse(lock) === false, { timeoutMs: LEFTOVER_BACKENDS_LIMIT_MS });
  if (!released) {
    throw new DatabaseUnavailableError(
      `Processes of an earlier PostgreSQL still use the data folder of ${lock.file} (shared memory id ` +
        `${lock.sharedMemoryId}); stop the remaining "postgres:" processes.`,
    );
  }
  logger.info(
    { postmasterPid: lock.pid, lockFile: lock.file },
    `removing stale postmaster.pid: its PID is ${what} now`,
  );
  await removeLock(lock);
}

async function stopPostmaster(pid: number, dataDir: string): Promise<void> {
  const gone = () => !isRunning(pid);
  signal(pid, 'SIGINT');
  if (await waitFor(gone, { timeoutMs: FAST_SHUTDOWN_LIMIT_MS })) return;
  signal(pid, 'SIGQUIT');
  if (await waitFor(gone, { timeoutMs: IMMEDIATE_SHUTDOWN_LIMIT_MS })) return;
  throw new DatabaseUnavailableError(
    `The orphaned embedded PostgreSQL in ${dataDir} (PID ${pid}) did not stop within ` +
      `${(FAST_SHUTDOWN_LIMIT_MS + IMMEDIATE_SHUTDOWN_LIMIT_MS) / 1000}s; stop it by hand (kill ${pid}).`,
  );
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // ESRCH: already gone
  }
}

/** A postgres server process started with `-D <dataDir>`. */
function isPostgresOf({ args }: ProcessInfo, dataDir: string): boolean {
  const flag = args.indexOf('-D');
  const dir = flag === -1 ? undefined : args[flag + 1];
  return basename(args[0] ?? '') === 'postgres' && dir !== undefined && samePath(dir, dataDir);
}

function isNode({ args }: ProcessInfo): boolean {
  return /^node/i.test(basename(args[0] ?? ''));
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}
