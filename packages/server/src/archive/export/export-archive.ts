import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { ArchiveKind } from '../read/archive-files';
import { sqlOver, type Sql } from '../write/sql';
import { exportDatasets } from './export-datasets';
import { exportEvaluationTables } from './export-evaluation-tables';
import { exportLinks } from './export-links';
import { exportMethods } from './export-methods';
import { exportPapers } from './export-papers';
import { writeJsonArrayFile } from './json-array-file';

export interface ExportedFile {
  path: string;
  kind: ArchiveKind;
  records: number;
}

const EXPORTERS: Record<ArchiveKind, (sql: Sql) => AsyncIterable<unknown>> = {
  datasets: exportDatasets,
  methods: exportMethods,
  'papers-with-abstracts': exportPapers,
  'links-between-papers-and-code': exportLinks,
  'evaluation-tables': exportEvaluationTables,
};

/**
 * Writes the database as the archive's five files (`<kind>.json.gz`) into the folder, from one
 * consistent snapshot (a read-only repeatable-read transaction), so that importing them gives the
 * same content again. Fields the database does not keep (num_papers, dataset links, ...) are left out.
 */
export async function exportArchive({
  dataSource,
  folder,
  log = () => undefined,
}: {
  dataSource: DataSource;
  folder: string;
  log?: (line: string) => void;
}): Promise<ExportedFile[]> {
  await mkdir(folder, { recursive: true });
  const runner = dataSource.createQueryRunner();
  const sql = sqlOver((await runner.connect()) as Parameters<typeof sqlOver>[0]);
  const files: ExportedFile[] = [];
  try {
    await sql.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const [kind, exporter] of Object.entries(EXPORTERS) as [ArchiveKind, (typeof EXPORTERS)[ArchiveKind]][]) {
      const path = join(folder, `${kind}.json.gz`);
      const records = await writeJsonArrayFile(path, exporter(sql));
      log(`Wrote ${records} records to ${path}`);
      files.push({ path, kind, records });
    }
    await sql.query('COMMIT');
    return files;
  } catch (error) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
