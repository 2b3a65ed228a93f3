import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import { generateArchive } from '../../src/bench/generate-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { leaderboardFacts, readRaw } from './support/raw-archive';

describe('a bulk load of a generated archive', () => {
  let db: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-generated-'));
    await generateArchive({ folder, scale: 0.003, log: () => undefined });
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('imports every paper with a title and every leaderboard row, and rebuilds the full-text index', async () => {
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

    expect(await db.dataSource.query(`SELECT indexname FROM pg_indexes WHERE indexname = 'paper_search_gin'`)).toEqual([
      { indexname: 'paper_search_gin' },
    ]);
  });
});
