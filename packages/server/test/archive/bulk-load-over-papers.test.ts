import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import { generateArchive } from '../../src/bench/generate-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const LINKING = join(__dirname, 'fixtures', 'linking', 'papers-with-abstracts.json');

/**
 * A bulk load into tables that already hold a few papers (fewer than the bulk threshold) defers
 * indexes and foreign keys but must not truncate: the papers, bylines and trending scores that
 * were there stay.
 */
describe('a bulk load over a few stored papers', () => {
  let db: TestDatabase;
  let folder: string;
  const query = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
  /** Each stored paper (those with the given ids, or all) with its byline, search vector and trending score. */
  const storedPapers = (ids: number[] | null = null) =>
    query(
      `SELECT p.id, p.slug, p.title, p.search_vector::text AS vector,
         (SELECT array_agg(a.name ORDER BY pa.position) FROM paper_author pa JOIN author a ON a.id = pa.author_id
          WHERE pa.paper_id = p.id) AS authors,
         (SELECT t.score FROM paper_trending t WHERE t.paper_id = p.id) AS score
       FROM paper p WHERE $1::int[] IS NULL OR p.id = ANY($1::int[]) ORDER BY p.id`,
      [ids],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-bulk-over-'));
    await generateArchive({ folder, scale: 0.003, log: () => undefined });
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('keeps the stored papers with their bylines and scores, and adds the file', async () => {
    const first = await importArchive({ dataSource: db.dataSource, files: [LINKING] });
    expect(first.ok).toBe(true);
    const stored = first.files[0]?.imported ?? 0;
    expect(stored).toBeGreaterThan(0);
    const before = await storedPapers();
    expect(before).toHaveLength(stored);

    const bulk = await importArchive({
      dataSource: db.dataSource,
      files: [join(folder, 'papers-with-abstracts.json.gz')],
    });
    expect(bulk.ok).toBe(true);
    const added = bulk.files[0]?.imported ?? 0;
    expect(added).toBeGreaterThan(1000); // a bulk load: indexes and foreign keys were deferred

    const after = await storedPapers(before.map((paper: { id: number }) => paper.id));
    expect(after).toEqual(before);
    const [{ n }] = await query('SELECT count(*)::int AS n FROM paper');
    expect(n).toBe(stored + added);
  });
});
