// Imports an archive folder into a fresh embedded PostgreSQL and prints wall time, records/s
// and the importer's peak memory. Usage: node dist/bench/import-bench.js <folder> [--generate [scale]]
// (--generate writes a synthetic archive into the folder first, unless it already holds one).
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  } finally {
    clearInterval(sampler);
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
