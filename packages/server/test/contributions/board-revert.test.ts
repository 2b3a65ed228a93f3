import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { Role } from '../../src/modules/account/role';
import { closeRevision, openRevision } from '../../src/modules/revision/revision-writer';
import { AccountClient, errorCode, signedInAs, type Reply } from '../accounts/account-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Issue 12: revisions of boards and metrics — created, added, changed or removed, by a
 * contribution, an import or a revert — are reverted in one click by a moderator, and by a bulk
 * revert of an account; a revert of a revert puts them back with their ids. Refused (CONFLICT,
 * naming the later revisions) when the board or metric changed since.
 */
const SQUAD = 'question-answering-on-squad11';
const BOARD = `query Board($slug: String!) {
  benchmark(slug: $slug) {
    id slug resultCount task { slug } dataset { slug }
    metrics { id name position direction directionSource isNumeric }
    rows(first: 1000) { edges { node { rank result { id modelName paperTitle values { raw metric { id } } } } } }
  }
}`;
const REVERT = `mutation($id: ID!, $reason: String!) { revertRevision(id: $id, reason: $reason) { revisionId restoredRows } }`;
const REVERT_USER = `mutation($userId: ID!, $reason: String!) {
  revertUser(userId: $userId, reason: $reason) { revisionId revertedRevisions restoredRows }
}`;
const CREATE = `mutation($task: String!, $dataset: String!, $metrics: [MetricInput!]!) {
  createBenchmark(task: $task, dataset: $dataset, metrics: $metrics, reason: "a new board") { status benchmarkSlug revisionId }
}`;

type Json = any;
const ROLES = ['anonymous', 'contributor', 'trusted', 'moderator', 'admin'] as const;
type Who = (typeof ROLES)[number];

describe('reverting boards and metrics', () => {
  let db: TestDatabase;
  let server: TestServer;
  const clients = {} as Record<Who | 'moderator2', AccountClient>;
  const ids = {} as Record<string, string>;
  let pairs: { task: string; dataset: string }[];

  const ok = (reply: Reply) => {
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data!;
  };
  const board = async (slug: string) => {
    const reply = await server.query<{ benchmark: Json }>(BOARD, { slug });
    expect(reply.errors).toBeUndefined();
    return reply.data!.benchmark;
  };
  /** A change written as an import writes it: one revision by "archive import". */
  const asImport = (statement: string, params: unknown[]) =>
    db.dataSource.transaction(async (manager) => {
      const sql = { query: (text: string, values?: unknown[]) => manager.query(text, values) };
      await openRevision(sql);
      await sql.query(statement, params);
      const revision = await closeRevision(sql, {
        author: { label: 'archive import' },
        reason: 're-import',
        source: { kind: 'evaluation-tables', file: 'evaluation-tables.json' },
      });
      return revision!.id;
    });
  const flipDirection = (slug: string, metric: string) =>
    asImport(
      `UPDATE metric SET direction = CASE direction WHEN 'HIGHER_IS_BETTER' THEN 'LOWER_IS_BETTER' ELSE 'HIGHER_IS_BETTER' END
       WHERE name = $2 AND benchmark_id = (SELECT id FROM benchmark WHERE slug = $1)`,
      [slug, metric],
    );
  const newBoard = async (who: Who) => {
    const pair = pairs.shift()!;
    const made = ok(
      await clients[who].post(CREATE, {
        ...pair,
        metrics: [
          { name: 'Accuracy', direction: 'HIGHER_IS_BETTER' },
          { name: 'Error', direction: 'LOWER_IS_BETTER' },
        ],
      }),
    ).createBenchmark;
    expect(made.status).toBe('PUBLISHED');
    return made as { benchmarkSlug: string; revisionId: string };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    server = await startTestServer(db.dataSource, { accounts: { limits: { contributionsPerAccount: 1000 } } });
    clients.anonymous = new AccountClient(server.url);
    for (const [who, role] of [
      ['contributor', Role.CONTRIBUTOR],
      ['trusted', Role.TRUSTED],
      ['moderator', Role.MODERATOR],
      ['moderator2', Role.MODERATOR],
      ['admin', Role.ADMIN],
    ] as const) {
      const account = await signedInAs(db.dataSource, server.url, role, who);
      clients[who] = account.client;
      ids[who] = account.globalId;
    }
    pairs = await db.dataSource.query(
      `SELECT t.slug AS task, d.slug AS dataset FROM task t, dataset d
       WHERE NOT EXISTS (SELECT 1 FROM benchmark b WHERE b.task_id = t.id AND b.dataset_id = d.id)
       ORDER BY t.id, d.id LIMIT 10`,
    );
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('reverts a change of a metric in one click, and refuses while a later revision changed it, naming it', async () => {
    const original = await board(SQUAD);
    const first = await flipDirection(SQUAD, 'F1');
    const second = await asImport(
      `UPDATE metric SET direction = 'HIGHER_IS_BETTER', name = 'F1 (dev)'
       WHERE name = 'F1' AND benchmark_id = (SELECT id FROM benchmark WHERE slug = $1)`,
      [SQUAD],
    );
    const refused = await clients.moderator.post(REVERT, { id: first, reason: 'wrong direction' });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0]!.message).toContain(`${second} by archive import`);
    expect((refused.body.errors![0]!.extensions as Json).laterRevisions).toEqual([second]);

    expect(ok(await clients.moderator.post(REVERT, { id: second, reason: 'undo' })).revertRevision.restoredRows).toBe(
      1,
    );
    expect((await board(SQUAD)).metrics.find((m: Json) => m.id === original.metrics[1].id).name).toBe('F1');
    ok(await clients.admin.post(REVERT, { id: first, reason: 'undo' }));
    expect(await board(SQUAD)).toEqual(original);
    // Both are recorded: the reverts are revisions that changed the metric back.
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM revision_change c JOIN revision r ON r.id = c.revision_id
       WHERE c.entity_type = 'METRIC' AND c.entity_id = $1 AND r.source ->> 'kind' = 'revert'`,
      [Buffer.from(original.metrics[1].id, 'base64url').toString().split(':')[1]],
    );
    expect(n).toBe(2);
  });

  it('puts back a board removed with its metrics and rows, with their ids, exactly as it was', async () => {
    const original = await board(SQUAD);
    expect(original.rows.edges.length).toBeGreaterThan(100);
    const removal = await asImport('DELETE FROM benchmark WHERE slug = $1', [SQUAD]);
    expect(await board(SQUAD)).toBeNull();
    const undone = ok(await clients.moderator.post(REVERT, { id: removal, reason: 'removed by mistake' }));
    expect(undone.revertRevision.restoredRows).toBe(original.rows.edges.length + original.metrics.length + 1);
    expect(await board(SQUAD)).toEqual(original);
  });

  it('reverts a revert of a new board: the board comes back with its id and metrics', async () => {
    const made = await newBoard('trusted');
    const created = await board(made.benchmarkSlug);
    const revert = async (who: Who, id: string) =>
      ok(await clients[who].post(REVERT, { id, reason: 'one click' })).revertRevision.revisionId as string;
    const gone = await revert('moderator', made.revisionId);
    expect(await board(made.benchmarkSlug)).toBeNull();
    const back = await revert('admin', gone);
    expect(await board(made.benchmarkSlug)).toEqual(created);
    // Removed once more; while the pair has another board since, putting the old one back is refused.
    const goneAgain = await revert('moderator', back);
    expect(await board(made.benchmarkSlug)).toBeNull();
    pairs.unshift({ task: created.task.slug, dataset: created.dataset.slug });
    const [{ id: oldId }] = await db.dataSource.query(
      `SELECT c.entity_id AS id FROM revision_change c WHERE c.revision_id = $1 AND c.entity_type = 'BENCHMARK'`,
      [made.revisionId],
    );
    const replacement = await newBoard('trusted');
    const refused = await clients.moderator.post(REVERT, { id: goneAgain, reason: 'back' });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0]!.message).toContain('namesake');
    // The new board stays as it is.
    const [{ id: nowId }] = await db.dataSource.query('SELECT id FROM benchmark WHERE slug = $1', [
      replacement.benchmarkSlug,
    ]);
    expect(nowId).not.toBe(oldId);
    expect((await board(replacement.benchmarkSlug)).resultCount).toBe(0);
  });

  it('lets moderators and admins only revert board revisions', async () => {
    const expected: Record<Who, string | null> = {
      anonymous: 'UNAUTHENTICATED',
      contributor: 'FORBIDDEN',
      trusted: 'FORBIDDEN',
      moderator: null,
      admin: null,
    };
    const original = await board(SQUAD);
    for (const who of ROLES) {
      const revision = await flipDirection(SQUAD, 'EM');
      const reply = await clients[who].post(REVERT, { id: revision, reason: 'role test' });
      expect([who, errorCode(reply) ?? null]).toEqual([who, expected[who]]);
      // Refused: the change stays (put back here as a later import would, for the next role).
      if (expected[who]) expect((await board(SQUAD)).metrics).not.toEqual(original.metrics);
      if (expected[who]) await flipDirection(SQUAD, 'EM');
      expect(await board(SQUAD)).toEqual(original);
    }
  });

  it('bulk-reverts an account’s board and metric revisions, reverts of boards included', async () => {
    const made = await newBoard('trusted');
    const created = await board(made.benchmarkSlug);
    // A second moderator removes the new board by reverting its creation, and adds a metric to SquAD.
    ok(await clients.moderator2.post(REVERT, { id: made.revisionId, reason: 'spam board' }));
    ok(
      await clients.moderator2.post(
        `mutation { addMetric(benchmark: "${SQUAD}", metric: { name: "Latency", direction: LOWER_IS_BETTER }, reason: "speed") { status } }`,
      ),
    );
    const squad = await board(SQUAD);
    expect(squad.metrics.map((m: Json) => m.name)).toContain('Latency');
    expect(await board(made.benchmarkSlug)).toBeNull();

    const undone = ok(
      await clients.moderator.post(REVERT_USER, { userId: ids.moderator2, reason: 'rogue' }),
    ).revertUser;
    expect(undone.revertedRevisions).toBe(2);
    expect(await board(made.benchmarkSlug)).toEqual(created);
    expect((await board(SQUAD)).metrics.map((m: Json) => m.name)).not.toContain('Latency');
  });
});
