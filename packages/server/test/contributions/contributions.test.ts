import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { Role } from '../../src/modules/account/role';
import { errorCode, signedInAs, type Reply } from '../accounts/account-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Issue 12, contributions: results added, edited and removed through the API as revisions,
 * moderation of contributors' changes, one-click and bulk reverts, on the bundled sample.
 */
const SQUAD = 'question-answering-on-squad11';

const BOARD = `
  query Board($slug: String!, $asOf: DateTime) {
    benchmark(slug: $slug, asOf: $asOf) {
      resultCount
      rows(first: 1000) {
        totalCount
        edges { node { rank value { raw } result { id modelName paperTitle paperUrl evaluatedOn usesAdditionalData
          codeLinks { title url } values { raw value metric { name } } } } }
      }
    }
  }`;

const ADD = `
  mutation Add($benchmark: String!, $result: ResultFieldsInput!, $reason: String!) {
    addResult(benchmark: $benchmark, result: $result, reason: $reason) {
      id kind status resultId revisionId modelName authorName resultVersion values { metric value }
    }
  }`;
const EDITABLE = `query Editable($id: ID!) { editableResult(id: $id) { id modelName version values { metric value } } }`;
const UPDATE = `
  mutation Update($id: ID!, $baseVersion: String!, $result: ResultFieldsInput!, $reason: String!) {
    updateResult(id: $id, baseVersion: $baseVersion, result: $result, reason: $reason) {
      id status revisionId resultVersion
    }
  }`;
const REMOVE = `
  mutation Remove($id: ID!, $baseVersion: String!, $reason: String!) {
    removeResult(id: $id, baseVersion: $baseVersion, reason: $reason) { id kind status revisionId }
  }`;
const QUEUE = `query Queue($first: Int, $after: String) {
  reviewQueue(first: $first, after: $after) { totalCount endCursor items { id kind status modelName authorName reason removalConfirmed } }
}`;
const APPROVE = `mutation Approve($id: ID!) { approveRevision(id: $id) { id status revisionId reviewerName resultId } }`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectRevision(id: $id, reason: $reason) { id status reviewReason reviewerName } }`;
const CONFIRM = `mutation Confirm($id: ID!) { confirmRemoval(id: $id) { id removalConfirmed } }`;
const REVERT = `mutation Revert($id: ID!, $reason: String!) {
  revertRevision(id: $id, reason: $reason) { revisionId revertedRevisions restoredRows }
}`;
const REVERT_USER = `mutation RevertUser($userId: ID!, $reason: String!) {
  revertUser(userId: $userId, reason: $reason) { revisionId revertedRevisions restoredRows rejectedPending }
}`;
const PENDING = `{ viewer { pendingChanges { id kind status benchmarkSlug modelName values { metric value } } } }`;

const NEW_ROW = {
  modelName: 'Contributed QA model',
  paperTitle: 'A contributed paper',
  paperUrl: 'https://example.org/contributed',
  evaluatedOn: '2024-05-01',
  values: [
    { metric: 'EM', value: '96.5' },
    { metric: 'F1', value: '98.1' },
  ],
  codeLinks: [{ title: 'contributed/qa', url: 'https://github.com/contributed/qa' }],
};

type Json = any;

describe('contributions, moderation and reverts', () => {
  let db: TestDatabase;
  let server: TestServer;
  let cached: TestServer;
  const as: Record<string, Awaited<ReturnType<typeof signedInAs>>> = {};

  const board = async (asOf?: string, on = server) => {
    const reply = await on.query<{ benchmark: Json }>(BOARD, { slug: SQUAD, asOf });
    expect(reply.errors).toBeUndefined();
    return reply.data!.benchmark;
  };
  const send = (who: string, query: string, variables?: Record<string, unknown>) =>
    as[who]!.client.post(query, variables);
  const ok = (reply: Reply) => {
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data!;
  };
  const versionOf = async (id: string) => ok(await send('trusted', EDITABLE, { id })).editableResult.version as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    server = await startTestServer(db.dataSource);
    cached = await startTestServer(db.dataSource, { caching: { store: 'memory' } });
    for (const [who, role] of [
      ['contributor', Role.CONTRIBUTOR],
      ['other', Role.CONTRIBUTOR],
      ['trusted', Role.TRUSTED],
      ['trusted2', Role.TRUSTED],
      ['vandal', Role.TRUSTED],
      ['moderator', Role.MODERATOR],
      ['admin', Role.ADMIN],
    ] as const) {
      as[who] = await signedInAs(db.dataSource, server.url, role, who);
    }
  });
  afterAll(async () => {
    await server?.close();
    await cached?.close();
    await db?.drop();
  });

  it('runs the issue’s scenario: pending, approved and ranked; vandalism reverted in one click; asOf before it', async () => {
    const original = await board();
    const rowCount = original.rows.totalCount as number;
    expect(rowCount).toBeGreaterThan(100);
    const cachedBefore = await board(undefined, cached);
    expect(cachedBefore).toEqual(original);

    // A contributor submits a result: pending, not on the public board, seen by its author.
    const added = ok(
      await send('contributor', ADD, { benchmark: SQUAD, result: NEW_ROW, reason: 'Published in our paper' }),
    ).addResult;
    expect(added).toMatchObject({ kind: 'ADD_RESULT', status: 'PENDING', resultId: null, revisionId: null });
    expect(await board()).toEqual(original);
    expect(await board(undefined, cached)).toEqual(original);
    const mine = ok(await send('contributor', PENDING)).viewer.pendingChanges;
    expect(mine).toEqual([
      expect.objectContaining({ id: added.id, benchmarkSlug: SQUAD, modelName: NEW_ROW.modelName, status: 'PENDING' }),
    ]);
    expect(ok(await send('other', PENDING)).viewer.pendingChanges).toEqual([]);
    const [{ n: revisionsBefore }] = await db.dataSource.query('SELECT count(*)::int AS n FROM revision');

    // A moderator finds it in the queue and approves it: it is applied as the author's revision.
    const queue = ok(await send('moderator', QUEUE)).reviewQueue;
    expect(queue.items.map((item: Json) => item.id)).toContain(added.id);
    const approved = ok(await send('moderator', APPROVE, { id: added.id })).approveRevision;
    expect(approved).toMatchObject({ status: 'PUBLISHED', reviewerName: 'moderator' });
    const revision = await server.query(
      `query($id: ID!) { revision(id: $id) { authorLabel reason status changeCount } }`,
      {
        id: approved.revisionId,
      },
    );
    expect(revision.data!.revision).toEqual({
      authorLabel: 'contributor',
      reason: 'Published in our paper',
      status: 'PUBLISHED',
      changeCount: 1,
    });
    const [{ n: revisionsAfter }] = await db.dataSource.query('SELECT count(*)::int AS n FROM revision');
    expect(revisionsAfter).toBe(revisionsBefore + 1);
    expect(ok(await send('contributor', PENDING)).viewer.pendingChanges).toEqual([]);

    // It appears ranked (first by EM), on the cached server too: publishing bumped the data version.
    const withNew = await board();
    expect(withNew.rows.totalCount).toBe(rowCount + 1);
    const top = withNew.rows.edges[0].node;
    expect(top.rank).toBe(1);
    expect(top.result).toMatchObject({
      modelName: NEW_ROW.modelName,
      paperUrl: NEW_ROW.paperUrl,
      evaluatedOn: NEW_ROW.evaluatedOn,
      codeLinks: NEW_ROW.codeLinks,
    });
    expect(top.result.values).toEqual(expect.arrayContaining([{ raw: '96.5', value: 96.5, metric: { name: 'EM' } }]));
    expect(withNew.rows.edges.filter((e: Json) => e.node.result.modelName !== NEW_ROW.modelName)).toEqual(
      original.rows.edges.map((e: Json) => ({
        node: { ...e.node, rank: e.node.rank === null ? null : expect.any(Number) },
      })),
    );
    expect(await board(undefined, cached)).toEqual(withNew);

    // A vandal with a trusted account removes 50 rows and defaces another.
    await waitForClockPast(db);
    const beforeVandalism = new Date().toISOString();
    await waitForClockPast(db);
    const victims = withNew.rows.edges.slice(0, 51).map((e: Json) => e.node.result.id as string);
    for (const id of victims.slice(0, 50)) {
      const removed = ok(await send('vandal', REMOVE, { id, baseVersion: await versionOf(id), reason: 'wrong rows' }));
      expect(removed.removeResult).toMatchObject({ kind: 'REMOVE_RESULT', status: 'PUBLISHED' });
    }
    const defaced = victims[50]!;
    ok(
      await send('vandal', UPDATE, {
        id: defaced,
        baseVersion: await versionOf(defaced),
        result: { modelName: 'spam spam spam', values: [{ metric: 'EM', value: '100' }] },
        reason: 'better numbers',
      }),
    );
    // And asks for more, which waits for review (trusted accounts publish; this one is queued by a contributor).
    ok(
      await send('contributor', ADD, { benchmark: SQUAD, result: { ...NEW_ROW, modelName: 'second' }, reason: 'more' }),
    );
    const vandalised = await board();
    expect(vandalised.rows.totalCount).toBe(rowCount + 1 - 50);
    expect(vandalised.rows.edges[0].node.result.modelName).toBe('spam spam spam');

    // A moderator reverts the vandal's account in one click: the board is exactly as before, row by row.
    const outcome = ok(
      await send('moderator', REVERT_USER, { userId: as.vandal!.globalId, reason: 'vandalism' }),
    ).revertUser;
    expect(outcome).toMatchObject({ revertedRevisions: 51, restoredRows: 51, rejectedPending: 0 });
    // Its removals have nothing left to confirm: they leave the review queue.
    const queued = ok(await send('moderator', QUEUE, { first: 50 })).reviewQueue.items;
    expect(queued.filter((item: Json) => item.authorName === 'vandal')).toEqual([]);
    const restored = await board();
    expect(restored.rows.edges).toHaveLength(withNew.rows.edges.length);
    restored.rows.edges.forEach((edge: Json, i: number) => expect(edge).toEqual(withNew.rows.edges[i]));
    expect(restored).toEqual(withNew);
    expect(await board(undefined, cached)).toEqual(withNew);

    // The board as of before the vandalism is the original one with the approved row.
    const asOf = await board(beforeVandalism);
    expect(asOf.rows).toEqual(withNew.rows);
    // The vandal's revisions are marked REVERTED; the revert is one revision by the moderator.
    const statuses = await db.dataSource.query(
      `SELECT status, count(*)::int AS n FROM revision WHERE author_id = $1 GROUP BY status`,
      [as.vandal!.id],
    );
    expect(statuses).toEqual([{ status: 'REVERTED', n: 51 }]);
    const revert = await server.query(`query($id: ID!) { revision(id: $id) { authorLabel changeCount reason } }`, {
      id: outcome.revisionId,
    });
    expect(revert.data!.revision).toMatchObject({ authorLabel: 'moderator', changeCount: 51 });
    expect(revert.data!.revision.reason).toContain('vandalism');
  });

  it('refuses an edit based on an old version, with the row as it is now', async () => {
    const id = (await board()).rows.edges[5].node.result.id;
    const base = await versionOf(id);
    const first = ok(
      await send('trusted', UPDATE, {
        id,
        baseVersion: base,
        result: { evaluatedOn: '2019-01-02' },
        reason: 'date fix',
      }),
    ).updateResult;
    expect(first.status).toBe('PUBLISHED');
    expect(first.resultVersion).not.toBe(base);
    const stale = await send('trusted2', UPDATE, {
      id,
      baseVersion: base,
      result: { evaluatedOn: '2019-01-03' },
      reason: 'other date',
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const current = (stale.body.errors![0]!.extensions as Json).current;
    expect(current).toMatchObject({ version: first.resultVersion, evaluatedOn: '2019-01-02' });
    expect(ok(await send('trusted', EDITABLE, { id })).editableResult.version).toBe(first.resultVersion);
  });

  it('checks a pending edit again when approved: refused if the row changed meanwhile', async () => {
    const id = (await board()).rows.edges[30].node.result.id;
    const base = await versionOf(id);
    const pending = ok(
      await send('contributor', UPDATE, {
        id,
        baseVersion: base,
        result: { modelName: 'proposed name' },
        reason: 'typo',
      }),
    ).updateResult;
    expect(pending.status).toBe('PENDING');
    expect(ok(await send('trusted', EDITABLE, { id })).editableResult.version).toBe(base);
    ok(await send('trusted', UPDATE, { id, baseVersion: base, result: { modelName: 'other name' }, reason: 'rename' }));
    const refused = await send('moderator', APPROVE, { id: pending.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect((refused.body.errors![0]!.extensions as Json).current.modelName).toBe('other name');
    expect(ok(await send('moderator', REJECT, { id: pending.id, reason: 'superseded' })).rejectRevision.status).toBe(
      'REJECTED',
    );
  });

  it('reverts one revision in one click, and refuses while later revisions changed the same rows, naming them', async () => {
    const id = (await board()).rows.edges[10].node.result.id;
    const before = ok(await send('trusted', EDITABLE, { id })).editableResult;
    const a = ok(
      await send('trusted', UPDATE, {
        id,
        baseVersion: before.version,
        result: { modelName: 'renamed once' },
        reason: 'rename',
      }),
    ).updateResult;
    const b = ok(
      await send('trusted2', UPDATE, {
        id,
        baseVersion: a.resultVersion,
        result: { values: [{ metric: 'EM', value: '1.0' }] },
        reason: 'new EM',
      }),
    ).updateResult;
    const refused = await send('moderator', REVERT, { id: a.revisionId, reason: 'bad rename' });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.body.errors![0]!.message).toContain(`${b.revisionId} by trusted2`);
    expect((refused.body.errors![0]!.extensions as Json).laterRevisions).toEqual([b.revisionId]);

    expect(ok(await send('moderator', REVERT, { id: b.revisionId, reason: 'undo' })).revertRevision).toMatchObject({
      revertedRevisions: 1,
      restoredRows: 1,
    });
    ok(await send('admin', REVERT, { id: a.revisionId, reason: 'undo' }));
    const after = ok(await send('trusted', EDITABLE, { id })).editableResult;
    expect({ ...after, version: null }).toEqual({ ...before, version: null });
    // Reverted already: refused, saying so.
    const again = await send('moderator', REVERT, { id: a.revisionId, reason: 'again' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.body.errors![0]!.message).toContain('REVERTED');
  });

  it('rejects with a reason; removals are soft until a moderator confirms them', async () => {
    const pending = ok(await send('contributor', ADD, { benchmark: SQUAD, result: NEW_ROW, reason: 'try' })).addResult;
    const rejected = ok(await send('moderator', REJECT, { id: pending.id, reason: 'no source given' })).rejectRevision;
    expect(rejected).toMatchObject({ status: 'REJECTED', reviewReason: 'no source given', reviewerName: 'moderator' });
    expect(errorCode(await send('moderator', APPROVE, { id: pending.id }))).toBe('BAD_USER_INPUT');

    const id = (await board()).rows.edges[20].node.result.id;
    const removal = ok(
      await send('trusted', REMOVE, { id, baseVersion: await versionOf(id), reason: 'duplicate' }),
    ).removeResult;
    expect((await board()).rows.edges.map((e: Json) => e.node.result.id)).not.toContain(id);
    const queued = await allQueued();
    expect(queued).toContainEqual(
      expect.objectContaining({ id: removal.id, kind: 'REMOVE_RESULT', removalConfirmed: false }),
    );
    expect(ok(await send('moderator', CONFIRM, { id: removal.id })).confirmRemoval.removalConfirmed).toBe(true);
    expect((await allQueued()).map((item: Json) => item.id)).not.toContain(removal.id);
    expect(errorCode(await send('moderator', CONFIRM, { id: removal.id }))).toBe('BAD_USER_INPUT');
  });

  async function allQueued(): Promise<Json[]> {
    const items: Json[] = [];
    let after: string | null = null;
    do {
      const page: Json = ok(await send('moderator', QUEUE, { first: 2, after })).reviewQueue;
      items.push(...page.items);
      after = page.endCursor;
    } while (after);
    return items;
  }

  it('checks every argument, naming the field at fault', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ benchmark: 'no-such-board', result: NEW_ROW, reason: 'why not' }, 'benchmark'],
      [{ benchmark: SQUAD, result: NEW_ROW, reason: ' ' }, 'reason'],
      [{ benchmark: SQUAD, result: { ...NEW_ROW, modelName: undefined }, reason: 'why not' }, 'result.modelName'],
      [
        { benchmark: SQUAD, result: { ...NEW_ROW, values: [{ metric: 'BLEU', value: '1' }] }, reason: 'why' },
        'result.values[0].metric',
      ],
      [{ benchmark: SQUAD, result: { ...NEW_ROW, values: [] }, reason: 'why not' }, 'result.values'],
      [
        {
          benchmark: SQUAD,
          result: {
            ...NEW_ROW,
            values: [
              { metric: 'EM', value: '1' },
              { metric: 'em', value: '2' },
            ],
          },
          reason: 'why',
        },
        'result.values[1].metric',
      ],
      [
        { benchmark: SQUAD, result: { ...NEW_ROW, paperUrl: 'javascript:alert(1)' }, reason: 'why not' },
        'result.paperUrl',
      ],
      [
        { benchmark: SQUAD, result: { ...NEW_ROW, evaluatedOn: '2024-02-30' }, reason: 'why not' },
        'result.evaluatedOn',
      ],
      [{ benchmark: SQUAD, result: { ...NEW_ROW, paper: 'no-such-paper' }, reason: 'why not' }, 'result.paper'],
      [{ benchmark: SQUAD, result: { ...NEW_ROW, paperTitle: undefined }, reason: 'why not' }, 'result.paper'],
      [
        { benchmark: SQUAD, result: { ...NEW_ROW, codeLinks: [{ title: 'x', url: 'ftp://x' }] }, reason: 'why' },
        'result.codeLinks[0].url',
      ],
    ];
    for (const [variables, argument] of cases) {
      const reply = await send('trusted', ADD, variables);
      expect([argument, errorCode(reply), reply.body.errors?.[0]?.extensions?.argument]).toEqual([
        argument,
        'BAD_USER_INPUT',
        argument,
      ]);
    }
    for (const [query, variables, argument] of [
      [UPDATE, { id: 'bm90IGFuIGlk', baseVersion: '1', result: { modelName: 'x' }, reason: 'why not' }, 'id'],
      [
        REMOVE,
        { id: (await board()).rows.edges[0].node.result.id, baseVersion: 'v1', reason: 'why not' },
        'baseVersion',
      ],
      [REVERT, { id: 'abc', reason: 'why not' }, 'id'],
      [QUEUE, { first: 51 }, 'first'],
      [QUEUE, { after: 'x' }, 'after'],
    ] as const) {
      expect((await send('moderator', query, variables)).body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    }
    // A paper named by arXiv id is linked, with its title.
    const linked = ok(
      await send('contributor', ADD, {
        benchmark: SQUAD,
        result: { modelName: 'linked', paper: '1810.04805', values: [{ metric: 'EM', value: '85.1' }] },
        reason: 'from BERT',
      }),
    ).addResult;
    expect(linked.status).toBe('PENDING');
    const [{ payload }] = await db.dataSource.query('SELECT payload FROM contribution WHERE id = $1', [
      Buffer.from(linked.id, 'base64url').toString().split(':')[1],
    ]);
    expect(payload.columns).toMatchObject({ paper_link: 'ARXIV_ID', paper_title: expect.stringContaining('BERT') });
  });

  it('creates a board and adds a metric through review, and a bulk revert removes them again', async () => {
    const [pair] = await db.dataSource.query(
      `SELECT t.slug AS task, d.slug AS dataset FROM task t, dataset d
       WHERE NOT EXISTS (SELECT 1 FROM benchmark b WHERE b.task_id = t.id AND b.dataset_id = d.id)
       ORDER BY t.id, d.id LIMIT 1`,
    );
    const CREATE = `mutation($task: String!, $dataset: String!, $metrics: [MetricInput!]!, $reason: String!) {
      createBenchmark(task: $task, dataset: $dataset, metrics: $metrics, reason: $reason) { id kind status benchmarkSlug }
    }`;
    const ADD_METRIC = `mutation($benchmark: String!, $metric: MetricInput!, $reason: String!) {
      addMetric(benchmark: $benchmark, metric: $metric, reason: $reason) { id kind status modelName }
    }`;
    const metrics = [
      { name: 'Accuracy', direction: 'HIGHER_IS_BETTER' },
      { name: 'Error', direction: 'LOWER_IS_BETTER' },
    ];
    const twice = await send('contributor', CREATE, {
      ...pair,
      metrics: [metrics[0], metrics[0]],
      reason: 'new board',
    });
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metrics[1].name' });
    const proposed = ok(await send('contributor', CREATE, { ...pair, metrics, reason: 'new board' })).createBenchmark;
    const slug = `${pair.task}-on-${pair.dataset}`;
    expect(proposed).toMatchObject({ kind: 'CREATE_BENCHMARK', status: 'PENDING', benchmarkSlug: slug });
    const ask = `query($slug: String!) { benchmark(slug: $slug) { slug metrics { name direction } resultCount } }`;
    expect((await server.query(ask, { slug })).data!.benchmark).toBeNull();
    ok(await send('moderator', APPROVE, { id: proposed.id }));
    expect((await server.query(ask, { slug })).data!.benchmark).toEqual({ slug, metrics, resultCount: 0 });
    const existing = await send('trusted', CREATE, { ...pair, metrics, reason: 'again' });
    expect(existing.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dataset' });

    // A trusted account adds a metric and a row on it; reverting the account removes both.
    const metric = { name: 'F1', direction: 'HIGHER_IS_BETTER' };
    const added = ok(await send('trusted2', ADD_METRIC, { benchmark: slug, metric, reason: 'also F1' })).addMetric;
    expect(added).toMatchObject({ kind: 'ADD_METRIC', status: 'PUBLISHED', modelName: 'F1' });
    const taken = await send('trusted2', ADD_METRIC, {
      benchmark: slug,
      metric: { ...metric, name: 'f1' },
      reason: 'second F1',
    });
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metric.name' });
    const row = { ...NEW_ROW, values: [{ metric: 'F1', value: '77.7' }] };
    ok(await send('trusted2', ADD, { benchmark: slug, result: row, reason: 'first row' }));
    expect((await server.query(ask, { slug })).data!.benchmark).toEqual({
      slug,
      metrics: [...metrics, metric],
      resultCount: 1,
    });
    const undone = ok(
      await send('moderator', REVERT_USER, { userId: as.trusted2!.globalId, reason: 'undo' }),
    ).revertUser;
    expect(undone.restoredRows).toBeGreaterThanOrEqual(2);
    expect((await server.query(ask, { slug })).data!.benchmark).toEqual({ slug, metrics, resultCount: 0 });
  });
});

/** Waits until the database's clock has moved past the last committed transaction's time. */
async function waitForClockPast(db: TestDatabase) {
  const [{ last }] = await db.dataSource.query(`SELECT max(created_at) AS last FROM revision`);
  for (;;) {
    const [{ past }] = await db.dataSource.query(
      `SELECT clock_timestamp() > $1::timestamptz + interval '1 ms' AS past`,
      [last],
    );
    if (past) return;
  }
}
