import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportArchive } from '../../../src/archive/export/export-archive';
import { importArchive } from '../../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** The five files `pwc export` writes, in the order it writes them. */
export const EXPORTED_KINDS = [
  'datasets',
  'methods',
  'papers-with-abstracts',
  'links-between-papers-and-code',
  'evaluation-tables',
];

/**
 * Imports into fresh databases and exports into temporary folders, all removed after the test
 * file: the round trips of `pwc export`.
 */
export function useExportFixture() {
  const folders: string[] = [];
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    for (const db of databases) await db.drop();
  });

  /** A fresh database holding `files`, imported without failures. */
  async function importInto(files: string[]): Promise<TestDatabase> {
    const db = await createTestDatabase();
    databases.push(db);
    const report = await importArchive({ dataSource: db.dataSource, files });
    expect(report.ok).toBe(true);
    return db;
  }

  /** A new temporary folder, removed after the test file. */
  function temporaryFolder(prefix = 'pwc-export-'): string {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
  }

  /** A new folder with the database exported into it, after checking that it holds the five files. */
  async function exportFrom(db: TestDatabase): Promise<string> {
    const folder = temporaryFolder();
    const files = await exportArchive({ dataSource: db.dataSource, folder });
    expect(files.map((file) => file.kind)).toEqual(EXPORTED_KINDS);
    return folder;
  }

  return { importInto, exportFrom, temporaryFolder };
}
