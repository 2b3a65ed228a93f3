import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { closeRevision, openRevision } from '../../src/modules/revision/revision-writer';
import type { Json } from '../archive/support/raw-archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * A board's columns as of a date (issue 12, item 5): metrics added, changed and removed after
 * the date are undone from the revision history, so the board ranks and exports as it stood.
 * The changes are written the way every writer writes them: SQL inside an open revision.
 */
describe('metrics of a board as of a date', () => {
  const SLUG = 'question-answering-on-squad11';
  const BOARD = `
    query Board($slug: String!, $asOf: DateTime, $metric: String) {
      benchmark(slug: $slug, asOf: $asOf) {
        metrics { name direction isNumeric }
        rows(first: 5, metric: $metric) { edges { node { rank value { raw } result { modelName } } } }
        best { value { raw } result { modelName } }
        export(format: CSV)
      }
    }`;
  let db: TestDatabase;
  let server: TestServer;
  let before: Json;
  /** Before any change; after a metric was added and F1's direction changed; after EM was removed. */
  let atStart: string;
  let afterFirst: string;

  const board = async (asOf?: string | null, metric?: string) => {
    const reply = await server.query<{ benchmark: Json }>(BOARD, { slug: SLUG, asOf, metric });
    expect(reply.errors).toBeUndefined();
    return reply.data!.benchmark;
  };
  /** Runs `statements` in one transaction as one published revision. */
  const revise = async (statements: string[]) => {
    const runner = db.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await openRevision(runner);
      for (const statement of statements) await runner.query(statement, [SLUG]);
      expect(await closeRevision(runner, { author: { label: 'test' }, reason: 'metrics as of' })).not.toBeNull();
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  };
  /** A time strictly between two transactions (their times are their starts). */
  const instant = async () => {
    const [{ at }] = await db.dataSource.query(`SELECT clock_timestamp() AS at`);
    return new Date(at).toISOString();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    server = await startTestServer(db.dataSource);
    before = await board();
    atStart = await instant();
    const board_ = `(SELECT id FROM benchmark WHERE slug = $1)`;
    await revise([
      `INSERT INTO metric (benchmark_id, name, position, direction, direction_source, is_numeric)
       VALUES (${board_}, 'Latency (ms)', 5, 'LOWER_IS_BETTER', 'NAME_RULE', true)`,
      `UPDATE metric SET direction = 'LOWER_IS_BETTER' WHERE benchmark_id = ${board_} AND name = 'F1'`,
    ]);
    afterFirst = await instant();
    await revise([`DELETE FROM metric WHERE benchmark_id = ${board_} AND name = 'EM'`]);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('lists the columns as they stood: before the changes, between them, and now', async () => {
    expect(before.metrics.map((m: Json) => m.name)).toEqual(['EM', 'F1']);
    const start = await board(atStart);
    expect(start.metrics).toEqual(before.metrics);
    const between = await board(afterFirst);
    expect(between.metrics).toEqual([
      { name: 'EM', direction: 'HIGHER_IS_BETTER', isNumeric: true },
      { name: 'F1', direction: 'LOWER_IS_BETTER', isNumeric: true },
      { name: 'Latency (ms)', direction: 'LOWER_IS_BETTER', isNumeric: true },
    ]);
    const now = await board();
    expect(now.metrics.map((m: Json) => m.name)).toEqual(['F1', 'Latency (ms)']);
  });

  it('ranks and exports as it stood, by a metric since removed, in the direction it had', async () => {
    // Before the changes: the board exactly as it was, EM first, its export byte for byte.
    const start = await board(atStart);
    expect(start).toEqual(before);
    // Between: EM still ranks by default; F1 ranks lower-is-better, so its worst value is first.
    const between = await board(afterFirst);
    expect(between.rows).toEqual(before.rows);
    const f1 = await board(afterFirst, 'F1');
    const [{ worst }] = await db.dataSource.query(
      `SELECT min(v.value)::float8 AS worst FROM result_value v JOIN metric m ON m.id = v.metric_id
       JOIN benchmark b ON b.id = m.benchmark_id WHERE b.slug = $1 AND m.name = 'F1' AND v.value IS NOT NULL`,
      [SLUG],
    );
    expect(Number(f1.rows.edges[0].node.value.raw)).toBe(worst);
    // Now EM is gone: asking for it is the client's error, as of then it is not.
    const gone = await server.query(BOARD, { slug: SLUG, metric: 'EM' });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metric' });
    expect((await board(afterFirst, 'EM')).rows).toEqual(before.rows);
  });
});
