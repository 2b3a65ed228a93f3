import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import { generateArchive } from '../../src/bench/generate-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { leaderboardFacts, readRaw } from './support/raw-archive';
import { tableSchema } from './support/table-schema';

const LINK_TABLES = ['repository', 'paper_repository'];

describe('a bulk load of a generated archive', () => {
  let db: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-generated-'));
    await generateArchive({ folder, scale: 0.008, log: () => undefined });
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('imports every paper with a title, every link and every leaderboard row, and rebuilds indexes and foreign keys', async () => {
    const linkSchema = await tableSchema(db.dataSource, LINK_TABLES);
    const report = await importArchive({ dataSource: db.dataSource, files: [folder] });
    expect(report.ok).toBe(true);

    const papers = readRaw(join(folder, 'papers-with-abstracts.json.gz'));
    expect(papers.length).toBeGreaterThan(1000); // more than one batch: the search index was deferred
    const [{ n: paperCount }] = await db.dataSource.query('SELECT count(*)::int AS n FROM paper');
    expect(paperCount).toBe(papers.filter((p) => p.title !== null).length);

    const facts = leaderboardFacts(readRaw(join(folder, 'evaluation-tables.json.gz')));
    const [{ n: resultCount }] = await db.dataSource.query('SELECT count(*)::int AS n FROM result');
    const skipped =
      report.files.find((f) => f.kind === 'evaluation-tables')?.skipped[
        'result row with neither a model_name nor a value'
      ]?.count ?? 0;
    expect(resultCount).toBe(facts.rows - skipped);

    // Links to papers of the file, each to a repository of its own (leaderboard rows link `/impl-` ones).
    const slugs = new Set(papers.filter((p) => p.title !== null).map((p) => String(p.paper_url).split('/').pop()));
    const links = readRaw(join(folder, 'links-between-papers-and-code.json.gz'));
    const linked = links.filter((l) => slugs.has(String(l.paper_url).split('/').pop())).length;
    expect(links.length).toBeGreaterThan(2000); // more than one batch: the links' keys and indexes were deferred
    expect(report.files.find((f) => f.kind === 'links-between-papers-and-code')?.imported).toBe(linked);
    const [{ n: linkCount }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM paper_repository pr JOIN repository r ON r.id = pr.repository_id
       WHERE r.url LIKE '%/repo-%'`,
    );
    expect(linkCount).toBe(linked);
    expect(await tableSchema(db.dataSource, LINK_TABLES)).toEqual(linkSchema);

    expect(await db.dataSource.query(`SELECT indexname FROM pg_indexes WHERE indexname = 'paper_search_gin'`)).toEqual([
      { indexname: 'paper_search_gin' },
    ]);
  });
});
