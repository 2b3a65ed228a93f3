import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const FIXTURE = join(__dirname, 'fixtures', 'linking');

describe('importing a newer archive', () => {
  let db: TestDatabase;
  let newer: string;
  const query = (sql: string) => db.dataSource.query(sql);

  beforeAll(async () => {
    db = await createTestDatabase();
    newer = mkdtempSync(join(tmpdir(), 'pwc-newer-'));
    const papers = JSON.parse(readFileSync(join(FIXTURE, 'papers-with-abstracts.json'), 'utf8'));
    papers[0].title = 'A Paper About Foo, Revised';
    papers[0].authors = ['Ada Lovelace'];
    writeFileSync(join(newer, 'papers-with-abstracts.json'), JSON.stringify(papers));
    const tables = JSON.parse(readFileSync(join(FIXTURE, 'evaluation-tables.json'), 'utf8'));
    const rows = tables[0].datasets[0].sota.rows;
    rows[0].metrics.Accuracy = '85.3%';
    rows.splice(2, 1); // "Orphan" is gone from the newer archive
    writeFileSync(join(newer, 'evaluation-tables.json'), JSON.stringify(tables));
  });
  afterAll(async () => {
    rmSync(newer, { recursive: true, force: true });
    await db.drop();
  });

  it('updates papers and results in place by their natural keys and drops rows no longer published', async () => {
    expect((await importArchive({ dataSource: db.dataSource, files: [FIXTURE] })).ok).toBe(true);
    const [paperBefore] = await query(`SELECT id FROM paper WHERE slug = 'a-paper-about-foo'`);
    const resultsBefore = await query(`SELECT id, model_name FROM result ORDER BY id`);

    const report = await importArchive({ dataSource: db.dataSource, files: [newer] });
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => [f.kind, f.imported])).toEqual([
      ['papers-with-abstracts', 0],
      ['evaluation-tables', 0],
    ]);

    expect(await query(`SELECT id, title FROM paper WHERE slug = 'a-paper-about-foo'`)).toEqual([
      { id: paperBefore.id, title: 'A Paper About Foo, Revised' },
    ]);
    expect(
      await query(
        `SELECT a.name FROM paper_author pa JOIN author a ON a.id = pa.author_id JOIN paper p ON p.id = pa.paper_id WHERE p.slug = 'a-paper-about-foo'`,
      ),
    ).toEqual([{ name: 'Ada Lovelace' }]);
    expect(await query(`SELECT id, model_name FROM result ORDER BY id`)).toEqual(
      resultsBefore.filter((r: { model_name: string }) => r.model_name !== 'Orphan'),
    );
    expect(
      await query(
        `SELECT v.raw, v.value FROM result_value v JOIN metric m ON m.id = v.metric_id JOIN result r ON r.id = v.result_id
       JOIN benchmark b ON b.id = r.benchmark_id WHERE b.slug = 'img-foo-on-foo' AND r.model_name = 'FooNet' AND m.name = 'Accuracy'`,
      ),
    ).toEqual([{ raw: '85.3%', value: 85.3 }]);
  });
});
