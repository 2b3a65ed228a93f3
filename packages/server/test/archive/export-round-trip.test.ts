import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { exportArchive } from '../../src/archive/export/export-archive';
import { importArchive } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { naturalContents } from './support/natural-contents';
import { TABLES } from './support/table-counts';

describe('pwc export: the round trip of the bundled sample', () => {
  const folders: string[] = [];
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    for (const db of databases) await db.drop();
  });

  async function importInto(files: string[]): Promise<TestDatabase> {
    const db = await createTestDatabase();
    databases.push(db);
    const report = await importArchive({ dataSource: db.dataSource, files });
    expect(report.ok).toBe(true);
    return db;
  }

  async function exportFrom(db: TestDatabase): Promise<string> {
    const folder = mkdtempSync(join(tmpdir(), 'pwc-export-'));
    folders.push(folder);
    const files = await exportArchive({ dataSource: db.dataSource, folder });
    expect(files.map((f) => f.kind)).toEqual([
      'datasets',
      'methods',
      'papers-with-abstracts',
      'links-between-papers-and-code',
      'evaluation-tables',
    ]);
    return folder;
  }

  it('import → export → import into a fresh database gives identical content, table by table', async () => {
    const first = await importInto([BUNDLED_SAMPLE_DIR]);
    const second = await importInto([await exportFrom(first)]);
    const expected = await naturalContents(first.dataSource);
    const actual = await naturalContents(second.dataSource);
    // Every table (result values are compared as part of their result).
    const tables = TABLES.filter((table) => table !== 'result_value');
    expect(Object.keys(expected).sort()).toEqual([...tables].sort());
    for (const table of tables) {
      expect(expected[table]?.length).toBeGreaterThan(0);
      expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    }
    // And the export of the copy is the export of the original, byte for byte once unzipped.
    const again = await naturalContents((await importInto([await exportFrom(second)])).dataSource);
    expect(again).toEqual(expected);
  });
});
