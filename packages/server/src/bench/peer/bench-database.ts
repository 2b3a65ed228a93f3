import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../../config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../db/embedded-postgres';
import type { ChildProcesses } from './child-processes';

/** The full-size database of the benchmark; kept between runs (an import takes ~8 minutes). */
export const BENCH_DIR = join(PROJECT_ROOT, '.data/bench-peer');
const ARCHIVE_DIR = join(BENCH_DIR, 'archive');
const POSTGRES_DIR = join(BENCH_DIR, 'postgres');
/** Written after a complete import; without it (or for another generator) everything is rebuilt. */
const COMPLETE_MARKER = join(BENCH_DIR, 'complete.json');
const PWC_CLI = join(__dirname, '../../cli/pwc.js');

export interface BenchDatabase {
  url: string;
  /** A client of the benchmark's own (statement counts, targets); not one of the servers'. */
  admin: Client;
}

/**
 * Starts the embedded PostgreSQL of .data/bench-peer with pg_stat_statements, after generating
 * and importing the full-size synthetic archive through `pwc generate` and `pwc import` unless
 * a complete import of the same generator is already there (BENCH_PEER_REBUILD=1 forces one).
 */
export async function openBenchDatabase(processes: ChildProcesses): Promise<BenchDatabase> {
  const fingerprint = generatorFingerprint();
  const reuse = !process.env.BENCH_PEER_REBUILD && (await completeImportOf(fingerprint));
  if (reuse) console.log(`Reusing the full-size database in ${BENCH_DIR}`);
  else {
    await rm(POSTGRES_DIR, { recursive: true, force: true });
    await rm(COMPLETE_MARKER, { force: true });
    await generateArchive(processes, fingerprint);
  }

  let cluster = await startCluster(processes);
  if (!reuse) {
    console.log('Importing it with `pwc import` (about 8 minutes on 2 cores)…');
    await processes.run('pwc import', process.execPath, [PWC_CLI, 'import', ARCHIVE_DIR], {
      env: { ...process.env, DATABASE_URL: cluster.url, LOG_LEVEL: 'warn' },
    });
    await writeFile(COMPLETE_MARKER, JSON.stringify({ generator: fingerprint, importedAt: new Date() }, null, 2));
  }

  cluster = await withStatementStatistics(processes, cluster);
  const admin = new Client({ connectionString: cluster.url });
  // Ctrl-C reaches PostgreSQL too, which then closes this connection: not a crash of ours.
  admin.on('error', (error) => console.error(`benchmark database connection: ${error.message}`));
  await admin.connect();
  processes.onStop('benchmark database client', () => admin.end());
  await admin.query('CREATE SCHEMA IF NOT EXISTS bench');
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA bench');
  return { url: cluster.url, admin };
}

/** A hash of the compiled generator: a changed generator means a new archive. */
function generatorFingerprint(): string {
  const files = ['generate-archive.js', 'random.js', 'write-json-array.js'].map((file) =>
    readFileSync(join(__dirname, '..', file)),
  );
  return createHash('sha256').update(Buffer.concat(files)).digest('hex').slice(0, 16);
}

async function completeImportOf(fingerprint: string): Promise<boolean> {
  if (!existsSync(COMPLETE_MARKER) || !existsSync(join(POSTGRES_DIR, 'PG_VERSION'))) return false;
  const marker = JSON.parse(await readFile(COMPLETE_MARKER, 'utf8')) as { generator?: string };
  if (marker.generator === fingerprint) return true;
  console.log('The synthetic archive generator changed since the last import: rebuilding');
  return false;
}

/** Writes the archive into a temporary folder first, so that an interrupted run leaves none. */
async function generateArchive(processes: ChildProcesses, fingerprint: string): Promise<void> {
  const stamp = join(ARCHIVE_DIR, 'generator.txt');
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === fingerprint) return;
  console.log('Generating the full-size synthetic archive with `pwc generate` (about 1 minute)…');
  const partial = `${ARCHIVE_DIR}.partial`;
  await rm(partial, { recursive: true, force: true });
  await processes.run('pwc generate', process.execPath, [PWC_CLI, 'generate', partial]);
  await writeFile(join(partial, 'generator.txt'), fingerprint);
  await rm(ARCHIVE_DIR, { recursive: true, force: true });
  await rename(partial, ARCHIVE_DIR);
}

async function startCluster(processes: ChildProcesses): Promise<EmbeddedPostgresHandle> {
  const cluster = await startEmbeddedPostgres({ dataDir: POSTGRES_DIR, database: 'pwc' });
  processes.onStop('embedded PostgreSQL', () => cluster.stop());
  return cluster;
}

/**
 * pg_stat_statements counts the SQL statements each server sends; it must be loaded at start-up,
 * so the first run sets it in postgresql.auto.conf and restarts the cluster.
 */
async function withStatementStatistics(
  processes: ChildProcesses,
  cluster: EmbeddedPostgresHandle,
): Promise<EmbeddedPostgresHandle> {
  const client = new Client({ connectionString: cluster.url });
  await client.connect();
  const { rows } = await client.query<{ libraries: string }>(
    "SELECT current_setting('shared_preload_libraries') AS libraries",
  );
  if (rows[0]?.libraries.includes('pg_stat_statements')) {
    await client.end();
    return cluster;
  }
  await client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  await client.end();
  await cluster.stop();
  return startCluster(processes);
}
