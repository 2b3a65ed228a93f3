import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { readRaw, sampleFile, type Json } from '../archive/support/raw-archive';
import { writeJson } from '../archive/support/real-tables';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Issue 12 on the API: leaderboards as of any date (ranked by the leaderboard's own statements
 * over the rows as they stood) and the revisions of boards and entities, on the bundled sample
 * imported and then re-imported with SQuAD1.1 cut by 10 rows and one value corrected.
 */
describe('revisions and leaderboards as of a date', () => {
  let db: TestDatabase;
  let server: TestServer;
  let cached: TestServer;
  let folder: string;
  /** The board before the re-import, and a time between the two imports. */
  let before: Json;
  let between: string;
  let revisionIds: { first: string; second: string };
  const SLUG = 'question-answering-on-squad11';

  const BOARD = `
    query Board($slug: String!, $asOf: DateTime) {
      benchmark(slug: $slug, asOf: $asOf) {
        slug asOf resultCount historyStartsAt
        rows(first: 1000) {
          totalCount
          edges { node { rank value { raw } result { modelName paperTitle evaluatedOn values { raw metric { name } } } } }
        }
        best { rank result { modelName } value { raw } }
        sotaHistory { date value result { modelName } }
        export(format: CSV)
      }
    }`;
  const board = async (asOf?: string | null, on = server) => {
    const reply = await on.query<{ benchmark: Json }>(BOARD, { slug: SLUG, asOf });
    expect(reply.errors).toBeUndefined();
    return reply.data!.benchmark;
  };
  /** Everything but the fields that say which date was asked for. */
  const content = ({ asOf: _asOf, historyStartsAt: _start, ...rest }: Json) => rest;

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-as-of-'));
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    server = await startTestServer(db.dataSource);
    cached = await startTestServer(db.dataSource, { caching: { store: 'memory' } });
    before = await board();
    between = new Date().toISOString();

    const edited = structuredClone(readRaw(sampleFile('evaluation-tables')));
    const squad = edited[9]!.datasets[1];
    squad.sota.rows.splice(-10, 10);
    squad.sota.rows[0].metrics.EM = '91.0';
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [writeJson(folder, 'evaluation-tables.json', edited)],
    });
    expect(report.ok).toBe(true);
    const [second] = report.files.map((file) => file.revisionId!);
    const [{ first }] = await db.dataSource.query(
      `SELECT max(id)::text AS first FROM revision WHERE source ->> 'file' = 'evaluation-tables.json.gz'`,
    );
    revisionIds = { first, second: second! };
  });
  afterAll(async () => {
    await server?.close();
    await cached?.close();
    rmSync(folder, { recursive: true, force: true });
    await db?.drop();
  });

  it('shows the board exactly as it stood before the re-import: rows, values, ranks, best, SotA, export', async () => {
    const now = await board();
    expect(now.rows.totalCount).toBe(before.rows.totalCount - 10);
    expect(now.best).not.toEqual(before.best); // LUKE's corrected EM moves the top
    const then = await board(between);
    expect(then.asOf).toBe(between);
    expect(content(then)).toEqual(content(before));
    expect(then.rows.edges.length).toBe(before.rows.totalCount);
  });

  it('shows the current board for asOf now', async () => {
    const now = await board();
    const asOfNow = await board(new Date().toISOString());
    expect(content(asOfNow)).toEqual(content(now));
  });

  it('shows an empty board, and when its history begins, before the first import', async () => {
    const empty = await board('2000-01-01T00:00:00Z');
    expect(empty.rows).toEqual({ totalCount: 0, edges: [] });
    expect(empty.resultCount).toBe(0);
    expect(empty.best).toBeNull();
    expect(empty.sotaHistory).toEqual([]);
    expect(Date.parse(empty.historyStartsAt)).toBeGreaterThan(Date.parse('2000-01-01T00:00:00Z'));
    expect(Date.parse(empty.historyStartsAt)).toBeLessThan(Date.parse(between));
  });

  it('refuses a malformed or future asOf with BAD_USER_INPUT naming it', async () => {
    const malformed = await server.query(BOARD, { slug: SLUG, asOf: 'last tuesday' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/asOf/);
    const future = await server.query(BOARD, { slug: SLUG, asOf: '2999-01-01T00:00:00Z' });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(future.errors?.[0]?.message).toMatch(/future/);
  });

  it('never serves a cached reply of one date for another', async () => {
    const then = await board(between, cached);
    const now = await board(new Date().toISOString(), cached);
    const thenAgain = await board(between, cached);
    expect(then.rows.totalCount).toBe(before.rows.totalCount);
    expect(now.rows.totalCount).toBe(before.rows.totalCount - 10);
    expect(thenAgain).toEqual(then);
  });

  it("lists a board's revisions newest first, with the board's changes and their field diffs", async () => {
    const reply = await server.query<{ benchmark: Json }>(
      `query History($slug: String!) {
        benchmark(slug: $slug) {
          history(first: 10) {
            totalCount
            edges { node { id authorLabel status createdAt reason source { kind file bytes }
              changes(first: 500) { totalCount edges { node { entityType action label fields { field before after } } } } } }
          }
        }
      }`,
      { slug: SLUG },
    );
    expect(reply.errors).toBeUndefined();
    const history = reply.data!.benchmark.history;
    expect(history.totalCount).toBe(2);
    const [newest, oldest] = history.edges.map((edge: Json) => edge.node);
    expect([newest.id, oldest.id]).toEqual([revisionIds.second, revisionIds.first]);
    expect(newest).toMatchObject({
      authorLabel: 'archive import',
      status: 'PUBLISHED',
      reason: 'import of evaluation-tables.json',
      source: { kind: 'evaluation-tables', file: 'evaluation-tables.json' },
    });
    const changes = newest.changes.edges.map((edge: Json) => edge.node);
    expect(newest.changes.totalCount).toBe(11);
    expect(changes.filter((c: Json) => c.action === 'REMOVED')).toHaveLength(10);
    expect(changes.find((c: Json) => c.action === 'CHANGED')).toEqual({
      entityType: 'RESULT',
      action: 'CHANGED',
      label: 'LUKE (single model)',
      fields: [{ field: 'values.EM', before: '90.202', after: '91.0' }],
    });
    // The first import added the board, its two metrics and every row it had then.
    const added = oldest.changes.edges.map((edge: Json) => edge.node);
    expect(oldest.changes.totalCount).toBe(1 + 2 + before.rows.totalCount);
    expect(added.every((c: Json) => c.action === 'ADDED')).toBe(true);
    const luke = added.find((c: Json) => c.label === 'LUKE (single model)');
    expect(luke.fields).toEqual(
      expect.arrayContaining([
        { field: 'modelName', before: null, after: 'LUKE (single model)' },
        { field: 'values.EM', before: null, after: '90.202' },
      ]),
    );
  });

  it("lists an entity's revisions: a task, and one result row by id", async () => {
    const [{ id }] = await db.dataSource.query(
      `SELECT r.id FROM result r JOIN benchmark b ON b.id = r.benchmark_id
       WHERE b.slug = $1 AND r.model_name = 'LUKE (single model)'`,
      [SLUG],
    );
    const reply = await server.query<{ task: Json; row: Json }>(
      `query Subjects($id: Int!) {
        task: revisions(subject: { type: TASK, slug: "question-answering" }) {
          edges { node { authorLabel changes { edges { node { entityType action label } } } } }
        }
        row: revisions(subject: { type: RESULT, id: $id }) {
          totalCount edges { node { id changes { edges { node { action fields { field before after } } } } } }
        }
      }`,
      { id },
    );
    expect(reply.errors).toBeUndefined();
    const taskChanges = reply.data!.task.edges.flatMap((e: Json) => e.node.changes.edges.map((c: Json) => c.node));
    expect(taskChanges).toEqual([{ entityType: 'TASK', action: 'ADDED', label: 'Question Answering' }]);
    expect(reply.data!.row.totalCount).toBe(2);
    expect(reply.data!.row.edges.map((e: Json) => e.node.id)).toEqual([revisionIds.second, revisionIds.first]);
  });

  it('names bad subjects and cursors', async () => {
    const reply = await server.query(`{ revisions(subject: { type: RESULT }) { totalCount } }`);
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'subject.id' });
    const cursor = await server.query(`{ revisions(after: "nope") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const tooMany = await server.query(`{ revisions(first: 51) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
