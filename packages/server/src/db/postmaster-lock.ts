import { readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What PostgreSQL's postmaster.pid in a data folder says about the server that wrote it. */
export interface PostmasterLock {
  file: string;
  pid: number;
  /** Id of the System V shared memory segment every process of that server stays attached to. */
  sharedMemoryId: number | undefined;
}

/** Reads `<dataDir>/postmaster.pid`; undefined when there is none (the server stopped cleanly). */
export async function readPostmasterLock(dataDir: string): Promise<PostmasterLock | undefined> {
  const file = join(dataDir, 'postmaster.pid');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  // Line 1: the PID (negative for a single-user backend); line 7: shared memory key and id.
  const lines = text.split('\n');
  const pid = Math.abs(Number.parseInt(lines[0] ?? '', 10));
  const sharedMemoryId = Number.parseInt(lines[6]?.trim().split(/\s+/)[1] ?? '', 10);
  if (!Number.isFinite(pid) || pid === 0) return undefined;
  return { file, pid, sharedMemoryId: Number.isFinite(sharedMemoryId) ? sharedMemoryId : undefined };
}

/**
 * Whether processes of the server that wrote the lock are still attached to its shared memory
 * (backends outlive a killed postmaster for a moment); undefined when that cannot be told.
 * PostgreSQL makes the same check before it replaces a stale lock file.
 */
export function sharedMemoryInUse(lock: PostmasterLock): boolean | undefined {
  if (lock.sharedMemoryId === undefined) return false; // killed before it created any
  let table: string;
  try {
    table = readFileSync('/proc/sysvipc/shm', 'utf8');
  } catch {
    return undefined;
  }
  for (const row of table.split('\n').slice(1)) {
    // key shmid perms size cpid lpid nattch …
    const columns = row.trim().split(/\s+/);
    if (Number(columns[1]) === lock.sharedMemoryId) return Number(columns[6]) > 0;
  }
  return false;
}

export async function removeLock(lock: PostmasterLock): Promise<void> {
  await rm(lock.file, { force: true });
}
