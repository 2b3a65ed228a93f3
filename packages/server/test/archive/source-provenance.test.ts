import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArchive } from '../../src/archive/import-archive';
import type { FileReport } from '../../src/archive/report/file-report';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import type { Json } from './support/raw-archive';
import { boardsOf, realTables, sharedSize, sliceRows, unionSize, writeJson } from './support/real-tables';

/**
 * Issue 9, provenance and union, with real leaderboard files: SQuAD (2 boards, 451 rows) split
 * into two overlapping sources — A has the first two thirds of every board's rows, B the last
 * two thirds — plus OGB's 15 boards in A only. Every expectation is counted from the JSON here.
 */
describe('leaderboards as the union of their sources (real files, two overlapping sources)', () => {
  let db: TestDatabase;
  let folder: string;
  const query = <T = Json>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);

  const squad = realTables('squad');
  const ogb = realTables('ogb');
  const sourceA = [...sliceRows(squad, (i, n) => i < Math.ceil((2 * n) / 3)), ...ogb];
  const sourceB = sliceRows(squad, (i, n) => i >= Math.floor(n / 3));
  const rowsOf = (tables: Json[]) => [...boardsOf(tables).values()].flat();

  const importSource = async (file: string, tables: Json[]): Promise<FileReport> => {
    const report = await importArchive({ dataSource: db.dataSource, files: [writeJson(folder, file, tables)] });
    expect(report.ok).toBe(true);
    return report.files[0]!;
  };
  const counts = (report: FileReport) => ({
    added: report.counts['result rows added'] ?? 0,
    updated: report.counts['result rows updated in place'] ?? 0,
    unchanged: report.counts['result rows unchanged'] ?? 0,
    merged: report.counts['result rows merged with another source'] ?? 0,
    removed: report.counts['result rows removed (no longer in this source)'] ?? 0,
    released: report.counts['result rows left to other sources'] ?? 0,
  });
  /** Rows per leaderboard as stored, by "task / dataset". */
  const storedBoards = async (): Promise<Map<string, number>> => {
    const rows = await query<{ board: string; n: number }>(
      `SELECT t.name || ' / ' || d.name AS board, count(r.id)::int AS n
       FROM benchmark b JOIN task t ON t.id = b.task_id JOIN dataset d ON d.id = b.dataset_id
       LEFT JOIN result r ON r.benchmark_id = b.id GROUP BY 1 ORDER BY 1`,
    );
    return new Map(rows.map((r) => [r.board, r.n]));
  };
  const expectedBoards = (...sources: Json[][]): Map<string, number> => {
    const names = [...new Set(sources.flatMap((s) => [...boardsOf(s).keys()]))].sort();
    return new Map(names.map((name) => [name, unionSize(...sources.map((s) => boardsOf(s).get(name) ?? []))]));
  };
  const ids = () => query<{ id: number; model_name: string }>('SELECT id, model_name FROM result ORDER BY id');

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-sources-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('imports source A: every row is new, every row records its source and position', async () => {
    const report = await importSource('board-a.json', sourceA);
    const rows = rowsOf(sourceA).length;
    expect(counts(report)).toEqual({ added: rows, updated: 0, unchanged: 0, merged: 0, removed: 0, released: 0 });
    expect(await storedBoards()).toEqual(expectedBoards(sourceA));
    const [provenance] = await query<{ n: number; sources: string[] }>(
      `SELECT count(*)::int AS n, array_agg(DISTINCT source) AS sources FROM result_provenance`,
    );
    expect(provenance).toEqual({ n: rows, sources: ['board-a.json'] });
    // The position names the row in its file: top-level record, dataset, row index.
    const [first] = await query<{ position: string; model_name: string }>(
      `SELECT p.position, r.model_name FROM result_provenance p JOIN result r ON r.id = p.result_id
       WHERE p.position = '[0].datasets[0].sota.rows[0]'`,
    );
    expect(first?.model_name).toBe(String(squad[0]!.datasets[0].sota.rows[0].model_name).trim());
  });

  it('imports source B: the boards become the union, the shared rows are one row with both provenances', async () => {
    const report = await importSource('board-b.json', sourceB);
    const shared = sharedSize(rowsOf(sourceA), rowsOf(sourceB));
    expect(shared).toBeGreaterThan(100);
    expect(counts(report)).toEqual({
      added: rowsOf(sourceB).length - shared,
      updated: 0,
      unchanged: 0,
      merged: shared,
      removed: 0,
      released: 0,
    });
    expect(await storedBoards()).toEqual(expectedBoards(sourceA, sourceB));
    const [both] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT result_id FROM result_provenance GROUP BY result_id HAVING count(DISTINCT source) = 2) s`,
    );
    expect(both?.n).toBe(shared);
  });

  it('re-importing both sources unchanged keeps every row and id, and reports nothing changed', async () => {
    const before = await ids();
    const a = await importSource('board-a.json', sourceA);
    const b = await importSource('board-b.json', sourceB);
    expect(counts(a)).toEqual({
      added: 0,
      updated: 0,
      unchanged: rowsOf(sourceA).length,
      merged: 0,
      removed: 0,
      released: 0,
    });
    expect(counts(b)).toEqual({
      added: 0,
      updated: 0,
      unchanged: rowsOf(sourceB).length,
      merged: 0,
      removed: 0,
      released: 0,
    });
    expect(await ids()).toEqual(before);
  });

  it('re-importing a changed source A replaces exactly its rows, on emptied and dropped boards too', async () => {
    const before = await ids();
    const changed: Json[] = structuredClone(sourceA);
    const squad11 = changed[0]!.datasets.find((d: Json) => d.dataset === 'SQuAD1.1').sota;
    // 5 rows only A had, and 3 rows A shares with B, are gone from A.
    const middle = Math.floor(squad11.rows.length / 2);
    const gone = [...squad11.rows.slice(0, 5), ...squad11.rows.slice(middle, middle + 3)];
    squad11.rows = squad11.rows.filter((row: Json) => !gone.includes(row));
    // One value of a row only A has is corrected.
    const squad20 = changed[0]!.datasets.find((d: Json) => d.dataset === 'SQuAD2.0').sota;
    const corrected = squad20.rows[0];
    const metric = Object.keys(corrected.metrics)[0]!;
    corrected.metrics[metric] = '1.5';
    // An OGB board is emptied in the file, another is dropped from it.
    const products = changed[squad.length]!.datasets.find((d: Json) => d.dataset === 'ogbn-products');
    const emptied = products.sota.rows.length;
    products.sota.rows = [];
    const linkTask = changed.find((t) => t.task === 'Link Property Prediction')!;
    const ppa = linkTask.datasets.findIndex((d: Json) => d.dataset === 'ogbl-ppa');
    const dropped = linkTask.datasets[ppa].sota.rows.length;
    linkTask.datasets.splice(ppa, 1);

    const report = await importSource('board-a.json', changed);

    // Independently: the rows A no longer has (its positions before minus after; the corrected row stays).
    const lost = rowsOf(sourceA).length - rowsOf(changed).length;
    expect(lost).toBe(8 + emptied + dropped);
    const stillInB = sharedSize(gone, rowsOf(sourceB));
    expect(stillInB).toBe(3);
    expect(counts(report)).toEqual({
      added: 0,
      updated: 1,
      unchanged: rowsOf(changed).length - 1,
      merged: 0,
      removed: lost - stillInB,
      released: stillInB,
    });
    // The boards are the union of the sources as they are now; the emptied and dropped boards are gone.
    const expected = expectedBoards(changed, sourceB);
    expect(await storedBoards()).toEqual(expected);
    expect([...expected.keys()].some((b) => b.includes('ogbn-products') || b.includes('ogbl-ppa'))).toBe(false);
    // B's rows are untouched; surviving rows keep their ids, the corrected row too, with the new value.
    const after = await ids();
    const afterIds = new Set(after.map((r) => r.id));
    expect(after.every((r) => before.some((b) => b.id === r.id))).toBe(true);
    expect(before.filter((r) => !afterIds.has(r.id))).toHaveLength(lost - stillInB);
    const [value] = await query<{ raw: string; value: number }>(
      `SELECT v.raw, v.value FROM result_value v JOIN metric m ON m.id = v.metric_id JOIN result_provenance p ON p.result_id = v.result_id
       WHERE p.source = 'board-a.json' AND p.position = '[0].datasets[0].sota.rows[0]' AND m.name = $1`,
      [metric],
    );
    expect(changed[0]!.datasets[0].dataset).toBe('SQuAD2.0');
    expect(value).toEqual({ raw: '1.5', value: 1.5 });
    const [provenanceB] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM result_provenance WHERE source = 'board-b.json'`,
    );
    expect(provenanceB?.n).toBe(rowsOf(sourceB).length);
  });
});

/**
 * Issue 9, sub-datasets: the real SQuAD boards moved under a subdataset of the same bare name
 * ("Test") in each parent, as CoNLL-2014 and JFLEG both hold a "Restricted" in the archive.
 */
describe('sub-datasets keyed by their parent (real rows)', () => {
  let db: TestDatabase;
  let folder: string;
  const squad = realTables('squad');
  const nested: Json[] = structuredClone(squad);
  for (const dataset of nested[0]!.datasets) {
    dataset.subdatasets = [{ subdataset: 'Test', description: '', sota: dataset.sota, subdatasets: [] }];
    dataset.sota = { metrics: [], rows: [] };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-subdatasets-'));
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [writeJson(folder, 'nested.json', nested)],
    });
    expect(report.ok).toBe(true);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('keeps one leaderboard per parent and subdataset, never merged, and none for parents without rows', async () => {
    const expected = [...boardsOf(nested)].map(([name, rows]) => [name, rows.length]).sort();
    expect(expected).toHaveLength(squad[0]!.datasets.length);
    const stored = await db.dataSource.query(
      `SELECT t.name || ' / ' || p.name || ' / ' || d.name AS board, count(r.id)::int AS n
       FROM benchmark b JOIN task t ON t.id = b.task_id JOIN dataset d ON d.id = b.dataset_id
       JOIN dataset p ON p.id = d.parent_id LEFT JOIN result r ON r.benchmark_id = b.id GROUP BY 1 ORDER BY 1`,
    );
    expect(stored.map((r: Json) => [r.board, r.n])).toEqual(expected);
    const [count] = await db.dataSource.query(`SELECT count(*)::int AS n FROM benchmark`);
    expect(count.n).toBe(expected.length);
    expect(await db.dataSource.query(`SELECT slug FROM dataset WHERE name = 'Test' ORDER BY slug`)).toEqual([
      { slug: 'squad11-test' },
      { slug: 'squad20-test' },
    ]);
  });

  it('drops an empty leaderboard an older import made for a parent, when the parent comes again without rows', async () => {
    await db.dataSource.query(
      `INSERT INTO benchmark (slug, task_id, dataset_id)
       SELECT 'legacy-empty-parent', t.id, d.id FROM task t, dataset d WHERE t.name = 'Question Answering' AND d.slug = 'squad11'`,
    );
    const report = await importArchive({ dataSource: db.dataSource, files: [join(folder, 'nested.json')] });
    expect(report.files[0]?.counts['leaderboards removed (no rows left)']).toBe(1);
    expect(await db.dataSource.query(`SELECT slug FROM benchmark WHERE slug = 'legacy-empty-parent'`)).toEqual([]);
  });
});
