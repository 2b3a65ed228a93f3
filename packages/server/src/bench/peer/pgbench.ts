import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR } from './bench-database';
import type { ChildProcesses } from './child-processes';
import type { LoadOptions, LoadResult } from './load';

const DEBIAN_PG_DIR = '/usr/lib/postgresql';
/** Where a pgbench taken out of Debian's server package is kept (see installPgbench). */
const OWN_PGBENCH = join(BENCH_DIR, 'tools/pgbench');

/**
 * The pgbench binary: PGBENCH, Debian's versioned one, or one on the PATH. When there is none and
 * we are root on Debian, it is installed: the client package first (pgbench is there on newer
 * releases), else the binary alone is taken out of the server package, so that no PostgreSQL
 * service gets installed or started.
 */
export function findOrInstallPgbench(): string {
  const found = findPgbench();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'pgbench is needed for the SQL column and was not found. Install it (Debian/Ubuntu: ' +
        '`apt-get install postgresql-client`, or the server package `postgresql` where the client lacks it) ' +
        'or set PGBENCH=/path/to/pgbench.',
    );
  }
  console.log('pgbench is missing: installing it with apt-get (postgresql-client)…');
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'postgresql-client']);
  const fromClient = findPgbench();
  if (fromClient) return fromClient;
  installPgbenchFromServerPackage();
  const fromServer = findPgbench();
  if (!fromServer) throw new Error('could not install pgbench; set PGBENCH=/path/to/pgbench');
  return fromServer;
}

function findPgbench(): string | null {
  if (process.env.PGBENCH) return process.env.PGBENCH;
  const versions = existsSync(DEBIAN_PG_DIR) ? readdirSync(DEBIAN_PG_DIR).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const path = join(DEBIAN_PG_DIR, version, 'bin/pgbench');
    if (existsSync(path)) return path;
  }
  if (existsSync(OWN_PGBENCH)) return OWN_PGBENCH;
  const onPath = spawnSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' }).stdout.trim();
  return onPath || null;
}

function apt(args: string[]): void {
  execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Debian 12 ships pgbench in postgresql-NN: unpack that package (no install scripts) and keep pgbench. */
function installPgbenchFromServerPackage(): void {
  const version = readdirSync(DEBIAN_PG_DIR).sort((a, b) => Number(b) - Number(a))[0];
  if (!version) return;
  const folder = mkdtempSync(join(tmpdir(), 'pgbench-deb-'));
  try {
    console.log(`Taking pgbench out of postgresql-${version} (downloaded, not installed)…`);
    execFileSync('apt-get', ['download', `postgresql-${version}`], { cwd: folder, stdio: 'inherit' });
    const deb = readdirSync(folder).find((name) => name.endsWith('.deb'));
    if (!deb) return;
    execFileSync('dpkg-deb', ['-x', deb, 'unpacked'], { cwd: folder });
    mkdirSync(join(BENCH_DIR, 'tools'), { recursive: true });
    copyFileSync(join(folder, 'unpacked', DEBIAN_PG_DIR, version, 'bin/pgbench'), OWN_PGBENCH);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Runs one SQL statement as a pgbench custom script (prepared, like the servers' statements) over
 * `connections` connections for `seconds`; latency percentiles from pgbench's per-transaction log.
 */
export async function loadSql(
  processes: ChildProcesses,
  pgbench: string,
  databaseUrl: string,
  statement: { text: string; params: string[] },
  options: LoadOptions,
): Promise<LoadResult> {
  const folder = mkdtempSync(join(tmpdir(), 'pwc-pgbench-'));
  try {
    // pgbench names its variables :p1, :p2 … where node-postgres has $1, $2 …
    writeFileSync(join(folder, 'query.sql'), `${statement.text.replace(/\$(\d+)/g, ':p$1')};\n`);
    const variables = statement.params.flatMap((value, i) => ['-D', `p${i + 1}=${value}`]);
    const output = join(folder, 'output.txt');
    const fd = openSync(output, 'w');
    try {
      await processes.run(
        'pgbench',
        pgbench,
        [
          '--no-vacuum',
          `--client=${options.connections}`,
          '--jobs=2',
          `--time=${options.seconds}`,
          '--protocol=prepared',
          '--log',
          `--log-prefix=${join(folder, 'latency')}`,
          `--file=${join(folder, 'query.sql')}`,
          ...variables,
          databaseUrl,
        ],
        { cwd: folder, stdio: ['ignore', fd, fd] },
      );
    } finally {
      closeSync(fd);
    }
    const report = readFileSync(output, 'utf8');
    const tps = /tps = ([\d.]+)/.exec(report);
    const failed = /number of failed transactions: (\d+)/.exec(report);
    if (!tps) throw new Error(`pgbench printed no tps:\n${report}`);
    const latencies = readLatencies(folder);
    return {
      requestsPerSecond: Number(tps[1]),
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      failures: Number(failed?.[1] ?? 0),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Milliseconds of every transaction, from the log files (one per pgbench thread). */
function readLatencies(folder: string): number[] {
  const latencies: number[] = [];
  for (const file of readdirSync(folder).filter((name) => name.startsWith('latency'))) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      // client_id transaction_no time_us script_no time_epoch time_us_part
      const micros = Number(line.split(' ')[2]);
      if (Number.isFinite(micros) && line) latencies.push(micros / 1000);
    }
  }
  return latencies.sort((a, b) => a - b);
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
