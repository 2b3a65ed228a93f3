import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const FIXTURE = join(__dirname, 'fixtures', 'linking');

/** The dates a paper's task and method links carry: the sort key of a task's or method's papers. */
describe("a paper's links carry its date", () => {
  let db: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-link-dates-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  const linkDates = () =>
    db.dataSource.query(
      `SELECT l.kind, l.published FROM (
         SELECT 'task' AS kind, to_char(published, 'YYYY-MM-DD') AS published, paper_id FROM paper_task
         UNION ALL SELECT 'method', to_char(published, 'YYYY-MM-DD'), paper_id FROM paper_method) l
       JOIN paper p ON p.id = l.paper_id WHERE p.slug = 'a-paper-about-foo' ORDER BY 1, 2`,
    );

  /** The fixture's papers with the first one dated `date` (null: undated), as an archive folder. */
  function archiveWithDate(date: string | null): string {
    const papers = JSON.parse(readFileSync(join(FIXTURE, 'papers-with-abstracts.json'), 'utf8'));
    papers[0].date = date;
    const dir = mkdtempSync(join(folder, 'archive-'));
    writeFileSync(join(dir, 'papers-with-abstracts.json'), JSON.stringify(papers));
    return dir;
  }

  it('as imported, and as re-imported with another date or none', async () => {
    expect((await importArchive({ dataSource: db.dataSource, files: [FIXTURE] })).ok).toBe(true);
    const before = await linkDates();
    // Image Foo, Brand New Task; Convolution, Embedded Only.
    expect(before).toHaveLength(4);
    expect(before.every((l: { published: string }) => l.published === '2020-01-01')).toBe(true);

    expect((await importArchive({ dataSource: db.dataSource, files: [archiveWithDate('2021-03-04')] })).ok).toBe(true);
    expect((await linkDates()).map((l: { published: string }) => l.published)).toEqual(Array(4).fill('2021-03-04'));

    // Undated papers sort as the oldest, as the newest-first order of all papers counts them.
    expect((await importArchive({ dataSource: db.dataSource, files: [archiveWithDate(null)] })).ok).toBe(true);
    expect((await linkDates()).map((l: { published: string }) => l.published)).toEqual(Array(4).fill('0001-01-01'));
  });
});
