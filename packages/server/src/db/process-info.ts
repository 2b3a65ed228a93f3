import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  parentPid: number;
  /** One-letter state as in ps: R, S, D, Z (zombie), … */
  state: string;
  /** The command line, split into arguments. */
  args: string[];
}

/** What a process is: from /proc on Linux, else from `ps`; undefined when it does not exist. */
export function describeProcess(pid: number): ProcessInfo | undefined {
  try {
    return fromProcFs(pid);
  } catch {
    return fromPs(pid);
  }
}

/** True while `pid` exists and is not a zombie (an exited process nobody has reaped yet). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return describeProcess(pid)?.state !== 'Z';
}

function fromProcFs(pid: number): ProcessInfo | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    // No /proc at all (macOS): let the caller fall back to ps.
    if (!readableProcFs()) throw error;
    return undefined;
  }
  // "pid (command name) state ppid …"; the name may itself contain spaces and parentheses.
  const [state = '?', parentPid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  return { pid, parentPid: Number(parentPid), state, args: cmdline.split('\0').filter(Boolean) };
}

function readableProcFs(): boolean {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
}

function fromPs(pid: number): ProcessInfo | undefined {
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,stat=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [parentPid = '0', state = '?', ...args] = line.split(/\s+/);
    return { pid, parentPid: Number(parentPid), state: state.charAt(0), args };
  } catch {
    return undefined; // ps exits 1 when there is no such process
  }
}
