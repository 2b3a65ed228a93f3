// Imports an archive folder into a fresh embedded PostgreSQL and prints wall time, records/s
// and the importer's peak memory; then, in the same cluster, times a plain COPY of the same paper
// rows into a fresh table with all of paper's indexes, and a COPY of every row the papers phase
// wrote (search vectors, authors, bylines, tasks, methods), the yardsticks of the papers phase.
// Usage: node dist/bench/import-bench.js <folder> [--generate [scale]]
// (--generate writes a synthetic archive into the folder first, unless it already holds one).
import 'reflect-metadata';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { importArchive } from '../archive/import-archive';
import { collectArchiveFiles } from '../archive/read/archive-files';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { generateArchive } from './generate-archive';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(args: string[]): Promise<void> {
  const folder = args.find((arg) => !arg.startsWith('--'));
  if (folder === undefined) throw new Error('Usage: import-bench <folder> [--generate [scale]]');
  const generateAt = args.indexOf('--generate');
  const existing = await collectArchiveFiles([folder]).catch(() => []);
  if (generateAt !== -1 && existing.length === 5) log(`Reusing the archive in ${folder}`);
  else if (generateAt !== -1) {
    const scale = Number(args[generateAt + 1] ?? 1) || 1;
    const started = Date.now();
    await generateArchive({ folder, scale, log });
    log(`generated in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'pwc-bench-pg-'));
  const cluster = await startEmbeddedPostgres({ dataDir, database: 'pwc_bench', ephemeral: true });
  const loadBefore = loadavg();
  let peakRssMb = 0;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, process.memoryUsage.rss() / 2 ** 20)), 200);
  try {
    const dataSource = await createDataSource({ url: cluster.url }).initialize();
    await dataSource.runMigrations();
    const report = await importArchive({ dataSource, files: [folder], log, progress: false });
    await dataSource.destroy();
    const records = report.files.reduce((sum, f) => sum + f.read, 0);
    process.stdout.write(`${report.summary.join('\n')}\n\n`);
    process.stdout.write(`wall time          ${report.seconds.toFixed(1)} s\n`);
    process.stdout.write(`records read       ${records} (${Math.round(records / report.seconds)} records/s)\n`);
    for (const file of report.files) {
      process.stdout.write(
        `  ${file.kind.padEnd(30)} ${file.seconds.toFixed(1).padStart(7)} s  ${Math.round(file.read / Math.max(file.seconds, 0.001))} records/s\n`,
      );
    }
    process.stdout.write(
      `importer peak RSS  ${Math.round(Math.max(peakRssMb, process.resourceUsage().maxRSS / 1024))} MB (PostgreSQL not included)\n`,
    );
    if (!report.ok) process.exitCode = 1;

    log('timing a plain COPY of the same paper rows…');
    const copySeconds = await plainCopySeconds(cluster.url);
    log('timing a COPY of every row the papers phase wrote…');
    const written = await copyOfTablesSeconds(cluster.url, PAPERS_PHASE_TABLES);
    const papers = report.files.find((file) => file.kind === 'papers-with-abstracts');
    if (papers !== undefined) {
      process.stdout.write(`\npapers phase       ${papers.seconds.toFixed(1)} s (importer)\n`);
      process.stdout.write(
        `plain COPY         ${copySeconds.toFixed(1)} s (the same ${papers.imported + papers.updated} paper rows, all of paper's indexes, no search vector)\n`,
      );
      process.stdout.write(`papers/plain COPY  ${(papers.seconds / copySeconds).toFixed(2)}x\n`);
      process.stdout.write(
        `COPY of all rows   ${written.seconds.toFixed(1)} s (${written.rows} rows of ${PAPERS_PHASE_TABLES.join(', ')}: ` +
          `every column, search vectors included, every index)\n`,
      );
      process.stdout.write(`papers/all rows    ${(papers.seconds / written.seconds).toFixed(2)}x\n`);
    }
    const loadAfter = loadavg();
    process.stdout.write(
      `load average       ${loadBefore.map((n) => n.toFixed(2)).join(' ')} before, ${loadAfter.map((n) => n.toFixed(2)).join(' ')} after (${availableParallelism()} cores)\n`,
    );
  } finally {
    clearInterval(sampler);
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Seconds a plain `COPY` of the imported papers' columns takes into a fresh table with all of
 * paper's indexes (`LIKE paper INCLUDING ALL`: no trigger, so no search vector), read from a dump.
 */
async function plainCopySeconds(url: string): Promise<number> {
  const columns =
    'slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published, proceeding, conference';
  const dumpDir = mkdtempSync(join(tmpdir(), 'pwc-bench-copy-'));
  const dump = join(dumpDir, 'papers.copy');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(
      client.query(copyTo(`COPY (SELECT ${columns} FROM paper ORDER BY id) TO STDOUT`)),
      createWriteStream(dump),
    );
    const { seconds } = await copyIntoNewTable(client, dump, 'paper', 'paper_plain_copy', columns);
    return seconds;
  } finally {
    await client.end();
    rmSync(dumpDir, { recursive: true, force: true });
  }
}

/** What the papers phase writes: the papers with their search vectors, authors, bylines, tasks and methods. */
const PAPERS_PHASE_TABLES = ['paper', 'author', 'paper_author', 'paper_task', 'paper_method'];

/**
 * Seconds `COPY` takes to write the rows the papers phase left in `tables` — every stored column,
 * the search vectors as computed — into fresh tables with all of their indexes (`LIKE … INCLUDING
 * ALL`: no triggers, no foreign keys), read from dumps: the yardstick of the whole phase, where
 * plainCopySeconds times the paper columns alone.
 */
async function copyOfTablesSeconds(url: string, tables: string[]): Promise<{ seconds: number; rows: number }> {
  const dumpDir = mkdtempSync(join(tmpdir(), 'pwc-bench-copy-all-'));
  const client = new Client({ connectionString: url });
  await client.connect();
  let seconds = 0;
  let rows = 0;
  try {
    for (const table of tables) {
      const { rows: stored } = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
         ORDER BY ordinal_position`,
        [table],
      );
      const columns = stored.map((c) => `"${c.column_name}"`).join(', ');
      const dump = join(dumpDir, `${table}.copy`);
      await pipeline(
        client.query(copyTo(`COPY (SELECT ${columns} FROM "${table}") TO STDOUT`)),
        createWriteStream(dump),
      );
      const copied = await copyIntoNewTable(client, dump, table, `bench_copy_${table}`, columns);
      seconds += copied.seconds;
      rows += copied.rows;
    }
    return { seconds, rows };
  } finally {
    await client.end();
    rmSync(dumpDir, { recursive: true, force: true });
  }
}

/**
 * Times a `COPY` of `dump` into a new table like `model` (every index), created in the same
 * transaction and committed within the time: where the server logs minimally (the embedded
 * cluster), such a `COPY` writes no WAL and the commit syncs the files, the fastest plain load.
 */
async function copyIntoNewTable(
  client: Client,
  dump: string,
  model: string,
  table: string,
  columns: string,
): Promise<{ seconds: number; rows: number }> {
  await client.query('BEGIN');
  await client.query(`CREATE TABLE "${table}" (LIKE "${model}" INCLUDING ALL)`);
  const started = Date.now();
  const copy = client.query(copyFrom(`COPY "${table}" (${columns}) FROM STDIN`));
  await pipeline(createReadStream(dump), copy);
  await client.query('COMMIT');
  const seconds = (Date.now() - started) / 1000;
  await client.query(`DROP TABLE "${table}"`);
  return { seconds, rows: Number(copy.rowCount) };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
