import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { basename } from 'node:path';
import type { DataSource } from 'typeorm';
import { bumpDataVersionIfChanged } from '../../cache/data-version';
import { closeRevision, openRevision } from '../../modules/revision/revision-writer';
import { ArchiveFileError } from '../read/archive-file-error';
import type { ArchiveFile } from '../read/archive-files';
import { readJsonArray } from '../read/read-json-array';
import { isObject } from '../records/fields';
import { newFileReport, skip, type FileReport } from '../report/file-report';
import { createProgress } from '../report/progress';
import type { PendingLinks } from '../write/pending-links';
import { sqlOver } from '../write/sql';
import { resolveStoredLinks } from '../write/stored-links';
import { refreshTrendingScores } from '../write/trending-scores';
import { IMPORTERS } from './importers';

/** The author label of the revisions imports write. */
export const ARCHIVE_IMPORT = 'archive import';

/** Memory for each sort and hash of an import's statements (Postgres's default is 4 MB). */
const IMPORT_WORK_MEM = '128MB';

export interface ImportFileOptions {
  dataSource: DataSource;
  file: ArchiveFile;
  pending: PendingLinks;
  log: (line: string) => void;
  progress: boolean;
}

/**
 * Imports one archive file in one transaction: when the file turns out to be broken, nothing of
 * it stays in the database and the report says where it broke. If it changed anything, the
 * transaction also bumps the data version (which retires the API's cached replies).
 */
export async function importFile({ dataSource, file, pending, log, progress }: ImportFileOptions): Promise<FileReport> {
  const { unit, create } = IMPORTERS[file.kind];
  const report = newFileReport(file.path, file.kind, unit, file.takenFor);
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as Parameters<typeof sqlOver>[0];
  const sql = sqlOver(client);
  const bytes = (await stat(file.path)).size;
  // Hashed beside the import (the revision's source names the file exactly).
  const sha256 = sha256Of(file.path);
  sha256.catch(() => undefined);
  const bar = createProgress(basename(file.path), bytes, log, progress);
  const read = { fileBytesRead: 0 };
  let importer: ReturnType<typeof create> | null = null;
  try {
    await sql.query('BEGIN');
    // A file's merges join and de-duplicate all its rows at once (576k papers, 2.6M bylines): with
    // the default 4 MB, their hashes and sorts spill to disk in dozens of batches. One connection.
    await sql.query(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
    // The file's changes are one revision, "archive import", with the file as its source; each
    // result row's state is written once, when the revision closes, not once per batch.
    await openRevision(sql, { deferResultStates: true });
    importer = create({ sql, report, pending: pending.forFile() });
    for await (const { value, index } of readJsonArray(file.path, read)) {
      report.read++;
      if (!isObject(value)) {
        skip(report, 'record that is not a JSON object', `#${index} ${JSON.stringify(value)?.slice(0, 80) ?? ''}`);
        continue;
      }
      if (index === 0 && !importer.looksRight(value)) {
        throw new ArchiveFileError(
          file.path,
          'record 0',
          `wrong shape: the first record has none of the key fields of ${file.kind} (keys: ${Object.keys(value).slice(0, 8).join(', ')})`,
        );
      }
      await importer.add(value, index);
      bar.update(read.fileBytesRead, report.read);
    }
    await importer.finish();
    // Links whose other end this file may have brought (rows ↔ papers, introduced-by, parents).
    if (importer.resolvesLinks !== true) await resolveStoredLinks(sql, report);
    await refreshTrendingScores(sql, file.kind);
    const revision = await closeRevision(sql, {
      author: { label: ARCHIVE_IMPORT },
      reason: `import of ${basename(file.path)}`,
      source: { kind: file.kind, file: basename(file.path), bytes, sha256: await sha256 },
    });
    report.revisionId = revision?.id;
    // In the same transaction: the new version is announced exactly when the data is visible.
    report.dataVersion = await bumpDataVersionIfChanged(sql);
    await sql.query('COMMIT');
    pending.commit();
  } catch (error) {
    await importer?.abort?.().catch(() => undefined);
    await sql.query('ROLLBACK').catch(() => undefined);
    pending.rollback();
    report.status = 'failed';
    report.imported = 0;
    report.updated = 0;
    report.dataVersion = undefined;
    report.revisionId = undefined;
    report.error =
      error instanceof ArchiveFileError
        ? error.message
        : `${file.path}: ${errorText(error)} (after record ${report.read - 1})`;
  } finally {
    bar.stop();
    await runner.release();
    report.seconds = (Date.now() - started) / 1000;
  }
  return report;
}

/** The SHA-256 of a file's bytes as read (a .json.gz file's compressed bytes), in hex. */
async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
