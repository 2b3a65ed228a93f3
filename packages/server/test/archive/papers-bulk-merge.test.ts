import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import { generateArchive } from '../../src/bench/generate-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { readRaw } from './support/raw-archive';
import { tableSchema } from './support/table-schema';

const LINKING = join(__dirname, 'fixtures', 'linking', 'papers-with-abstracts.json');
const TABLES = ['paper', 'paper_author', 'paper_task', 'paper_method'];

/** The papers import stages every record with COPY and merges a file at once (issue 9). */
describe('the papers merge', () => {
  let db: TestDatabase;
  let folder: string;
  const query = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
  const schemaOf = () => tableSchema(db.dataSource, TABLES);

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-merge-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('bulk-loads a generated papers file with the vectors the trigger computes, and restores every index and foreign key', async () => {
    const generated = join(folder, 'generated');
    await generateArchive({ folder: generated, scale: 0.003, log: () => undefined });
    const papers = readRaw(join(generated, 'papers-with-abstracts.json.gz'));
    const schemaBefore = await schemaOf();
    // The embedded cluster logs minimally, so this load also truncates the empty tables (and drops
    // and restores the foreign keys of method and result that point at paper).
    expect(await query('SHOW wal_level')).toEqual([{ wal_level: 'minimal' }]);

    const report = await importArchive({
      dataSource: db.dataSource,
      files: [join(generated, 'methods.json.gz'), join(generated, 'papers-with-abstracts.json.gz')],
    });
    expect(report.ok).toBe(true);
    const file = report.files.find((f) => f.kind === 'papers-with-abstracts');
    const withTitle = papers.filter((p) => typeof p.title === 'string' && p.title.trim() !== '');
    expect(withTitle.length).toBeGreaterThan(1000); // a bulk load: indexes and foreign keys were deferred
    expect(file?.imported).toBe(withTitle.length);
    expect(file?.counts.authorships).toBe(
      withTitle.reduce(
        (sum, p) => sum + (p.authors as unknown[]).filter((a) => typeof a === 'string' && a.trim() !== '').length,
        0,
      ),
    );

    expect(await schemaOf()).toEqual(schemaBefore);
    expect(await query(`SELECT relname FROM pg_class WHERE relname LIKE 'paper\\_stage%'`)).toEqual([]);
    const [vectors] = await query(
      `SELECT count(*)::int AS papers,
         count(*) FILTER (WHERE search_vector IS DISTINCT FROM
           setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
           setweight(to_tsvector('english', coalesce(abstract, '')), 'B'))::int AS wrong
       FROM paper`,
    );
    expect(vectors).toEqual({ papers: withTitle.length, wrong: 0 });
    const [{ n: authorships }] = await query('SELECT count(*)::int AS n FROM paper_author');
    expect(authorships).toBe(file?.counts.authorships);
  });

  it('updates papers in place, the last record of a slug winning, with their new vectors and bylines', async () => {
    const papers = JSON.parse(readFileSync(LINKING, 'utf8')) as Record<string, unknown>[];
    const first = join(folder, 'first.json');
    writeFileSync(first, JSON.stringify(papers));
    const firstReport = await importArchive({ dataSource: db.dataSource, files: [first] });
    expect(firstReport.ok).toBe(true);
    const imported = firstReport.files[0]?.imported ?? 0;
    expect(imported).toBeGreaterThan(0);
    const [before] = await query(`SELECT id FROM paper WHERE slug = 'a-paper-about-foo'`);

    const revised = [
      ...papers,
      { ...papers[0], title: 'An intermediate version', authors: ['Nobody'] },
      { ...papers[0], title: 'A Paper About Quuxification', authors: ['Grace Hopper', 'Ada Lovelace'] },
    ];
    const second = join(folder, 'second.json');
    writeFileSync(second, JSON.stringify(revised));
    const report = await importArchive({ dataSource: db.dataSource, files: [second] });
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => [f.imported, f.updated])).toEqual([[0, imported]]);

    expect(
      await query(`SELECT id, title FROM paper WHERE search_vector @@ to_tsquery('english', 'quuxification')`),
    ).toEqual([{ id: before.id, title: 'A Paper About Quuxification' }]);
    expect(
      await query(
        `SELECT a.name FROM paper_author pa JOIN author a ON a.id = pa.author_id
         WHERE pa.paper_id = $1 ORDER BY pa.position`,
        [before.id],
      ),
    ).toEqual([{ name: 'Grace Hopper' }, { name: 'Ada Lovelace' }]);
  });
});
