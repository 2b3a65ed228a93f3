// What recording papers in the import's revision costs (issue 12): the papers file imported
// into a fresh embedded PostgreSQL, then re-imported with 1% of its papers changed (title,
// abstract, last author dropped), with the papers' recording off and on, runs interleaved.
// Usage: node dist/bench/paper-revision-bench.js <folder> [--generate [scale]] [--rounds n]
// (--generate writes a synthetic archive into the folder first, unless it already holds one).
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importArchive } from '../archive/import-archive';
import { collectArchiveFiles } from '../archive/read/archive-files';
import { paperRevisionRecording } from '../archive/write/paper-revisions';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { generateArchive } from './generate-archive';
import { writeJsonArray } from './write-json-array';

const log = (line: string) => process.stderr.write(`${line}\n`);
const CHANGED_SHARE = 100; // every 100th paper

interface Run {
  recording: boolean;
  firstSeconds: number;
  reimportSeconds: number;
  papers: number;
  firstChanges: number;
  reimportChanges: number;
  historyBytes: number;
}

async function main(args: string[]): Promise<void> {
  const folder = args.find((arg) => !arg.startsWith('--') && !/^[\d.]+$/.test(arg));
  if (folder === undefined) throw new Error('Usage: paper-revision-bench <folder> [--generate [scale]] [--rounds n]');
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args[at + 1] ?? fallback) || fallback;
  };
  const existing = await collectArchiveFiles([folder]).catch(() => []);
  if (args.includes('--generate') && existing.length !== 5) {
    await generateArchive({ folder, scale: option('--generate', 0.1), log });
  }
  const papersFile = (await collectArchiveFiles([folder])).find((file) => file.kind === 'papers-with-abstracts');
  if (papersFile === undefined) throw new Error(`${folder} holds no papers file`);

  const work = mkdtempSync(join(tmpdir(), 'pwc-paper-revision-bench-'));
  try {
    const changedFile = join(work, 'papers-with-abstracts.json.gz');
    const papers = JSON.parse(gunzipSync(readFileSync(papersFile.path)).toString('utf8')) as Record<string, unknown>[];
    await writeJsonArray(changedFile, papers.length, (i) =>
      i % CHANGED_SHARE === 0 ? changed(papers[i]!, i) : papers[i],
    );
    log(`${papers.length} papers; the re-import changes ${Math.ceil(papers.length / CHANGED_SHARE)}`);

    const runs: Run[] = [];
    for (let round = 0; round < option('--rounds', 1); round++) {
      for (const recording of [false, true]) runs.push(await run(papersFile.path, changedFile, recording, work));
    }
    process.stdout.write(
      'recording  first import  re-import (1% changed)  PAPER changes (first / re-import)  revision_change\n',
    );
    for (const r of runs) {
      process.stdout.write(
        `${(r.recording ? 'on' : 'off').padEnd(11)}${`${r.firstSeconds.toFixed(1)} s`.padEnd(14)}` +
          `${`${r.reimportSeconds.toFixed(1)} s`.padEnd(24)}${`${r.firstChanges} / ${r.reimportChanges}`.padEnd(36)}` +
          `${(r.historyBytes / 2 ** 20).toFixed(1)} MB\n`,
      );
    }
    process.stdout.write(
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} (${availableParallelism()} cores)\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A paper as a later archive might have it: title and abstract revised, the last author gone. */
function changed(paper: Record<string, unknown>, i: number): Record<string, unknown> {
  const authors = Array.isArray(paper.authors) ? paper.authors : [];
  return {
    ...paper,
    title: `${String(paper.title)} (revised ${i})`,
    abstract: `Revised abstract ${i}. ${String(paper.abstract ?? '')}`,
    authors: authors.length > 1 ? authors.slice(0, -1) : authors,
  };
}

async function run(first: string, changedFile: string, recording: boolean, work: string): Promise<Run> {
  const dataDir = mkdtempSync(join(work, 'pg-'));
  const cluster = await startEmbeddedPostgres({ dataDir, database: 'pwc_bench', ephemeral: true });
  paperRevisionRecording.enabled = recording;
  try {
    const dataSource = await createDataSource({ url: cluster.url }).initialize();
    await dataSource.runMigrations();
    const importOne = async (path: string) => {
      const report = await importArchive({ dataSource, files: [path], log, progress: false });
      const file = report.files[0]!;
      if (!report.ok) throw new Error(file.error ?? 'import failed');
      const [{ n } = { n: 0 }] = file.revisionId
        ? await dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM revision_change WHERE revision_id = $1 AND entity_type = 'PAPER'`,
            [file.revisionId],
          )
        : [];
      return { seconds: file.seconds, changes: n, papers: file.imported + file.updated };
    };
    log(`recording ${recording ? 'on' : 'off'}: first import…`);
    const firstImport = await importOne(first);
    log(`recording ${recording ? 'on' : 'off'}: re-import…`);
    const reimport = await importOne(changedFile);
    const [history] = await dataSource.query<{ bytes: string }[]>(
      `SELECT pg_total_relation_size('revision_change') AS bytes`,
    );
    await dataSource.destroy();
    return {
      recording,
      firstSeconds: firstImport.seconds,
      reimportSeconds: reimport.seconds,
      papers: firstImport.papers,
      firstChanges: firstImport.changes,
      reimportChanges: reimport.changes,
      historyBytes: Number(history?.bytes ?? 0),
    };
  } finally {
    await cluster.stop();
    paperRevisionRecording.enabled = true;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
