import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { leaderboardFacts, readRaw, sampleFile, type Json } from './support/raw-archive';
import { writeJson } from './support/real-tables';

/**
 * Issue 12: every import writes revisions — one per source file that changed anything, author
 * "archive import", each entity-level change in it — and the history is append-only.
 */
describe('imports as revisions', () => {
  let db: TestDatabase;
  let folder: string;
  let first: ImportReport;
  const query = <T = Json>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);
  const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(sql, params))[0]!.n);
  const tables = readRaw(sampleFile('evaluation-tables'));
  const SQUAD = 'question-answering-on-squad11';

  /** The actions of a revision's changes, by entity type: { RESULT: { ADDED: 3 }, … }. */
  const actions = async (revisionId: string) => {
    const rows = await query<{ entity_type: string; action: string; n: number }>(
      `SELECT entity_type, action, count(*)::int AS n FROM revision_change WHERE revision_id = $1 GROUP BY 1, 2`,
      [revisionId],
    );
    const out: Record<string, Record<string, number>> = {};
    for (const row of rows) (out[row.entity_type] ??= {})[row.action] = row.n;
    return out;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-revisions-'));
    first = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
    expect(first.ok).toBe(true);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('writes one revision per source file, by "archive import", naming the file', async () => {
    const revisions = await query<{ id: string; author_label: string; source: Json; status: string; reason: string }>(
      'SELECT id::text, author_label, source, status, reason FROM revision ORDER BY id',
    );
    const withRevision = first.files.filter((file) => file.revisionId);
    expect(revisions.map((r) => r.id)).toEqual(withRevision.map((file) => file.revisionId));
    // The methods file, the datasets file and the evaluation tables each changed tracked entities.
    expect(revisions.map((r) => r.source.file)).toEqual(
      expect.arrayContaining(['datasets.json.gz', 'methods.json.gz', 'evaluation-tables.json.gz']),
    );
    for (const revision of revisions) {
      expect(revision.author_label).toBe('archive import');
      expect(revision.status).toBe('PUBLISHED');
      expect(revision.reason).toBe(`import of ${revision.source.file}`);
    }
  });

  it('records every board, metric and result row of the evaluation tables as added, with its values', async () => {
    const file = first.files.find((f) => f.kind === 'evaluation-tables')!;
    const facts = leaderboardFacts(tables);
    const byType = await actions(file.revisionId!);
    expect(byType.RESULT).toEqual({ ADDED: facts.rows });
    expect(byType.BENCHMARK).toEqual({ ADDED: facts.pairs.size });
    expect(byType.METRIC).toEqual({ ADDED: await count('SELECT count(*) AS n FROM metric') });
    expect(await count('SELECT count(*) AS n FROM result')).toBe(facts.rows);

    const [bert] = await query<{ label: string; fields: Json[]; board: string }>(
      `SELECT c.label, c.fields, b.slug AS board FROM revision_change c JOIN benchmark b ON b.id = c.benchmark_id
       WHERE c.revision_id = $1 AND c.entity_type = 'RESULT' AND c.label = 'BERT-LARGE (Ensemble+TriviaQA)'`,
      [file.revisionId],
    );
    expect(bert!.board).toBe(SQUAD);
    expect(bert!.fields).toEqual(
      expect.arrayContaining([
        { field: 'model_name', after: 'BERT-LARGE (Ensemble+TriviaQA)' },
        { field: 'values.EM', after: '87.4' },
        { field: 'values.F1', after: '93.2' },
      ]),
    );
    expect(bert!.fields.every((f) => !('before' in f))).toBe(true);
  });

  it('writes no revision when an unchanged file is imported again', async () => {
    const before = await count('SELECT count(*) AS n FROM revision');
    const again = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
    expect(again.ok).toBe(true);
    expect(again.files.map((f) => f.revisionId)).toEqual(again.files.map(() => undefined));
    expect(await count('SELECT count(*) AS n FROM revision')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM revision_pending')).toBe(0);
  });

  it('records removed rows and changed values when a file drops rows and corrects a value', async () => {
    const edited = structuredClone(tables);
    const squad = edited[9]!.datasets[1];
    expect(squad.dataset).toBe('SQuAD1.1');
    const dropped: Json[] = squad.sota.rows.splice(-10, 10);
    squad.sota.rows[0].metrics.EM = '91.0';
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [writeJson(folder, 'evaluation-tables.json', edited)],
    });
    expect(report.ok).toBe(true);
    const revisionId = report.files[0]!.revisionId!;
    expect(await actions(revisionId)).toEqual({ RESULT: { REMOVED: 10, CHANGED: 1 } });

    const changes = await query<{ action: string; label: string; fields: Json[] }>(
      `SELECT action, label, fields FROM revision_change WHERE revision_id = $1 ORDER BY action, entity_id`,
      [revisionId],
    );
    const changed = changes.find((c) => c.action === 'CHANGED')!;
    expect(changed.label).toBe('LUKE (single model)');
    expect(changed.fields).toEqual([{ field: 'values.EM', before: '90.202', after: '91.0' }]);
    expect(
      changes
        .filter((c) => c.action === 'REMOVED')
        .map((c) => c.label)
        .sort(),
    ).toEqual(dropped.map((row) => String(row.model_name).trim()).sort());
    const [revision] = await query<{ source: Json; change_count: number }>(
      'SELECT source, change_count FROM revision WHERE id = $1',
      [revisionId],
    );
    expect(revision).toEqual({
      source: {
        kind: 'evaluation-tables',
        file: 'evaluation-tables.json',
        bytes: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      change_count: 11,
    });
  });

  it('leaves each stored row one open state holding its values, and nothing pending, after deferred states', async () => {
    // Imports defer result states to the revision's end (deferResultStates): the states must
    // match what the immediate triggers would have written.
    expect(await count('SELECT count(*) AS n FROM result_state_pending')).toBe(0);
    const mismatched = await query(
      `SELECT r.id FROM result r
       LEFT JOIN result_state s ON s.result_id = r.id AND s.valid_to IS NULL
       WHERE s.result_id IS NULL OR s.data <> to_jsonb(r) OR s."values" <>
         (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.metric_id), '[]') FROM result_value v WHERE v.result_id = r.id)`,
    );
    expect(mismatched).toEqual([]);
    const open = await count('SELECT count(*) AS n FROM result_state WHERE valid_to IS NULL');
    expect(open).toBe(await count('SELECT count(*) AS n FROM result'));
    // The row the last import corrected has two states: the first closed, the second open.
    const luke = await query<{ values: Json[]; closed: boolean }>(
      `SELECT s."values", s.valid_to IS NOT NULL AS closed FROM result_state s JOIN result r ON r.id = s.result_id
       JOIN benchmark b ON b.id = r.benchmark_id WHERE r.model_name = 'LUKE (single model)' AND b.slug = $1
       ORDER BY s.valid_from`,
      [SQUAD],
    );
    expect(luke.map((s) => s.closed)).toEqual([true, false]);
    expect(luke.map((s) => s.values.map((v) => v.raw))).toEqual([
      expect.arrayContaining(['90.202']),
      expect.arrayContaining(['91.0']),
    ]);
  });

  it('keeps the history append-only: changes and revisions cannot be rewritten or deleted', async () => {
    await expect(query(`UPDATE revision_change SET label = 'vandalised'`)).rejects.toThrow(/append-only/);
    await expect(query('DELETE FROM revision_change')).rejects.toThrow(/append-only/);
    await expect(query(`UPDATE revision SET author_label = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(query('DELETE FROM revision')).rejects.toThrow(/append-only/);
    await expect(query('TRUNCATE revision_change')).rejects.toThrow(/append-only/);
    // Only the moderation status moves (the next slice's review queue and reverts).
    const [{ id }] = (await query<{ id: string }>('SELECT min(id)::text AS id FROM revision')) as [{ id: string }];
    await query(`UPDATE revision SET status = 'REVERTED' WHERE id = $1`, [id]);
    await query(`UPDATE revision SET status = 'PUBLISHED' WHERE id = $1`, [id]);
    expect(await count(`SELECT count(*) AS n FROM revision WHERE status <> 'PUBLISHED'`)).toBe(0);
  });
});
