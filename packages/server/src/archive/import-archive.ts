import type { DataSource } from 'typeorm';
import { bumpDataVersionIfChanged } from '../cache/data-version';
import { collectArchiveFiles } from './read/archive-files';
import { ARCHIVE_IMPORT, importFile } from './import/import-file';
import type { FileReport } from './report/file-report';
import { formatSummary } from './report/summary-table';
import { closeRevision, openRevision } from '../modules/revision/revision-writer';
import { PendingLinks } from './write/pending-links';
import { sqlOver } from './write/sql';
import { applyTaxonomy, type TaxonomyReport } from './taxonomy/apply-taxonomy';
import { formatTaxonomyReport } from './taxonomy/taxonomy-report';

export interface ImportArchiveOptions {
  dataSource: DataSource;
  /** Archive files and/or folders holding them; imported in dependency order whatever the order given. */
  files: string[];
  log?: (line: string) => void;
  /** A progress bar (on a terminal); otherwise a progress line every few seconds. */
  progress?: boolean;
}

export interface ImportReport {
  files: FileReport[];
  /** introduced-by-paper and parent-dataset links resolved after all files. */
  linksResolved: number;
  /** The taxonomy applied after all files: areas, parent links, and areas of tasks the archive gives none. */
  taxonomy: TaxonomyReport;
  /**
   * The data version after this import, if it changed anything. Each file (and the links
   * resolved after them) is committed with its own bump, so readers never get cached replies
   * older than the data; undefined when nothing changed.
   */
  dataVersion?: string;
  ok: boolean;
  seconds: number;
  /** The summary table, one line per string. */
  summary: string[];
}

/** Imports Papers with Code archive files into the database; see README of src/archive. */
export async function importArchive({
  dataSource,
  files,
  log = () => undefined,
  progress = false,
}: ImportArchiveOptions): Promise<ImportReport> {
  const started = Date.now();
  const archiveFiles = await collectArchiveFiles(files);
  if (archiveFiles.length === 0) throw new Error(`No archive files in ${files.join(', ')}`);
  const pending = new PendingLinks();
  const reports: FileReport[] = [];
  for (const file of archiveFiles) {
    log(`Importing ${file.path}: taken for ${file.takenFor}`);
    const report = await importFile({ dataSource, file, pending, log, progress });
    if (report.error !== undefined) log(`FAILED: ${report.error}; the database keeps what it had before this file`);
    reports.push(report);
  }
  const links = pending.size > 0 ? await resolvePending(dataSource, pending) : { linked: 0 };
  const taxonomy = await applyTaxonomy(dataSource);
  for (const line of formatTaxonomyReport(taxonomy)) log(line);
  const summary = [...formatSummary(reports), '', ...formatTaxonomyReport(taxonomy)];
  return {
    files: reports,
    linksResolved: links.linked,
    taxonomy,
    dataVersion:
      taxonomy.dataVersion ?? links.dataVersion ?? reports.findLast((r) => r.dataVersion !== undefined)?.dataVersion,
    ok: reports.every((r) => r.status === 'imported'),
    seconds: (Date.now() - started) / 1000,
    summary,
  };
}

async function resolvePending(
  dataSource: DataSource,
  pending: PendingLinks,
): Promise<{ linked: number; dataVersion?: string }> {
  const runner = dataSource.createQueryRunner();
  const sql = sqlOver((await runner.connect()) as Parameters<typeof sqlOver>[0]);
  try {
    await sql.query('BEGIN');
    // References resolved across files change datasets and methods: a revision of their own.
    await openRevision(sql);
    const linked = await pending.resolve(sql);
    await closeRevision(sql, {
      author: { label: ARCHIVE_IMPORT },
      reason: 'introduced-by and parent links resolved after the files',
    });
    const dataVersion = await bumpDataVersionIfChanged(sql);
    await sql.query('COMMIT');
    return { linked, dataVersion };
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
