import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { Role } from '../../src/modules/account/role';
import { AccountClient, errorCode, signedInAs, type Reply } from '../accounts/account-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Who may do what with contributions (issue 12), checked on the server for every mutation and
 * role: anonymous, contributor, trusted, moderator, admin; another account's pending change;
 * cookie sessions with and without the CSRF header; API tokens; the per-account rate limit.
 */
const SQUAD = 'question-answering-on-squad11';
const ROW = {
  modelName: 'Authorised model',
  paperTitle: 'Authorised paper',
  paperUrl: 'https://example.org/authorised',
  values: [{ metric: 'EM', value: '50.0' }],
};
const ADD = `mutation($result: ResultFieldsInput!) {
  addResult(benchmark: "${SQUAD}", result: $result, reason: "authorisation test") { id status revisionId }
}`;
const UPDATE = `mutation($id: ID!, $v: String!) {
  updateResult(id: $id, baseVersion: $v, result: { usesAdditionalData: true }, reason: "authorisation test") { id status revisionId }
}`;
const REMOVE = `mutation($id: ID!, $v: String!) {
  removeResult(id: $id, baseVersion: $v, reason: "authorisation test") { id status }
}`;
const QUEUE = '{ reviewQueue { totalCount } }';
const APPROVE = 'mutation($id: ID!) { approveRevision(id: $id) { status } }';
const REJECT = 'mutation($id: ID!) { rejectRevision(id: $id, reason: "not this one") { status } }';
const CONFIRM = 'mutation($id: ID!) { confirmRemoval(id: $id) { removalConfirmed } }';
const REVERT = 'mutation($id: ID!) { revertRevision(id: $id, reason: "authorisation test") { restoredRows } }';
const REVERT_USER =
  'mutation($id: ID!) { revertUser(userId: $id, reason: "authorisation test") { revertedRevisions } }';

const ROLES = ['anonymous', 'contributor', 'trusted', 'moderator', 'admin'] as const;
type Who = (typeof ROLES)[number];

describe('authorisation of contributions', () => {
  let db: TestDatabase;
  let server: TestServer;
  const clients = {} as Record<Who, AccountClient>;
  const ids = {} as Record<Who, string>;
  let rowIds: string[];
  let next = 0;

  const ok = (reply: Reply) => {
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data!;
  };
  const versionOf = async (id: string) =>
    (await server.query(`query($id: ID!) { editableResult(id: $id) { version } }`, { id })).data!.editableResult
      .version as string;
  /** A row of the board nobody touched yet. */
  const freshRow = () => rowIds[next++]!;
  const pendingBy = async (who: Who) => ok(await clients[who].post(ADD, { result: ROW })).addResult.id as string;
  const publishedRevision = async () => {
    const id = freshRow();
    return ok(await clients.trusted.post(UPDATE, { id, v: await versionOf(id) })).updateResult;
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
      ['admin', Role.ADMIN],
    ] as const) {
      const account = await signedInAs(db.dataSource, server.url, role, who);
      clients[who] = account.client;
      ids[who] = account.globalId;
    }
    const board = await server.query(
      `{ benchmark(slug: "${SQUAD}") { rows(first: 200) { edges { node { result { id } } } } } }`,
    );
    rowIds = board.data!.benchmark.rows.edges.map((e: any) => e.node.result.id);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('lets every signed-in role contribute: contributors’ changes wait, trusted and above publish; anonymous is refused', async () => {
    const expected: Record<Who, string> = {
      anonymous: 'UNAUTHENTICATED',
      contributor: 'PENDING',
      trusted: 'PUBLISHED',
      moderator: 'PUBLISHED',
      admin: 'PUBLISHED',
    };
    for (const who of ROLES) {
      const outcomes = [];
      outcomes.push(await clients[who].post(ADD, { result: ROW }));
      let id = freshRow();
      outcomes.push(await clients[who].post(UPDATE, { id, v: await versionOf(id) }));
      id = freshRow();
      outcomes.push(await clients[who].post(REMOVE, { id, v: await versionOf(id) }));
      outcomes.push(
        await clients[who].post(
          `mutation($name: String!) {
            addMetric(benchmark: "${SQUAD}", metric: { name: $name, direction: HIGHER_IS_BETTER }, reason: "a column") { status }
          }`,
          { name: `Metric of ${who}` },
        ),
      );
      const seen = outcomes.map(
        (reply) => errorCode(reply) ?? (Object.values(reply.body.data!)[0] as { status: string }).status,
      );
      expect([who, ...seen]).toEqual([who, ...outcomes.map(() => expected[who])]);
    }
  });

  it('keeps moderation to moderators and admins', async () => {
    const expected: Record<Who, string | null> = {
      anonymous: 'UNAUTHENTICATED',
      contributor: 'FORBIDDEN',
      trusted: 'FORBIDDEN',
      moderator: null,
      admin: null,
    };
    for (const who of ROLES) {
      const removal = freshRow();
      const removed = ok(await clients.trusted.post(REMOVE, { id: removal, v: await versionOf(removal) })).removeResult;
      const replies = [
        await clients[who].post(QUEUE),
        await clients[who].post(APPROVE, { id: await pendingBy('contributor') }),
        await clients[who].post(REJECT, { id: await pendingBy('contributor') }),
        await clients[who].post(CONFIRM, { id: removed.id }),
        await clients[who].post(REVERT, { id: (await publishedRevision()).revisionId }),
        await clients[who].post(REVERT_USER, { id: ids.contributor }),
      ];
      const codes = replies.map((reply) => errorCode(reply) ?? null);
      expect([who, ...codes]).toEqual([who, ...replies.map(() => expected[who])]);
    }
  });

  it('never lets an account act on, or see, another account’s pending change', async () => {
    const other = await signedInAs(db.dataSource, server.url, Role.CONTRIBUTOR, 'other contributor');
    const pending = await pendingBy('contributor');
    expect(errorCode(await other.client.post(APPROVE, { id: pending }))).toBe('FORBIDDEN');
    expect(errorCode(await other.client.post(REJECT, { id: pending }))).toBe('FORBIDDEN');
    // Nor its own: a contributor cannot approve what it sent.
    expect(errorCode(await clients.contributor.post(APPROVE, { id: pending }))).toBe('FORBIDDEN');
    const theirs = await other.client.post('{ viewer { pendingChanges { id } } }');
    expect(ok(theirs).viewer.pendingChanges).toEqual([]);
    const mine = ok(await clients.contributor.post('{ viewer { pendingChanges { id } } }')).viewer.pendingChanges;
    expect(mine.map((c: any) => c.id)).toContain(pending);
    // Nor can the public list it.
    expect(errorCode(await clients.anonymous.post(QUEUE))).toBe('UNAUTHENTICATED');
    const [{ status }] = await db.dataSource.query('SELECT status FROM contribution WHERE id = $1', [
      Buffer.from(pending, 'base64url').toString().split(':')[1],
    ]);
    expect(status).toBe('PENDING');
  });

  it('refuses a cookie-session contribution without the CSRF header, and writes nothing', async () => {
    const [{ n: before }] = await db.dataSource.query('SELECT count(*)::int AS n FROM contribution');
    for (const csrf of [false, 'forged-value']) {
      const reply = await clients.trusted.post(ADD, { result: ROW }, { csrf });
      expect(reply.status).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
    }
    const [{ n: after }] = await db.dataSource.query('SELECT count(*)::int AS n FROM contribution');
    expect(after).toBe(before);
  });

  it('accepts API tokens as the account they belong to, and refuses revoked ones', async () => {
    const made = ok(
      await clients.contributor.post('mutation { createApiToken(name: "script") { token apiToken { id } } }'),
    );
    const script = new AccountClient(server.url);
    script.bearer = made.createApiToken.token;
    expect(ok(await script.post(ADD, { result: ROW })).addResult.status).toBe('PENDING');
    expect(errorCode(await script.post(APPROVE, { id: await pendingBy('contributor') }))).toBe('FORBIDDEN');
    ok(
      await clients.contributor.post('mutation($id: ID!) { revokeApiToken(id: $id) }', {
        id: made.createApiToken.apiToken.id,
      }),
    );
    expect(errorCode(await script.post(ADD, { result: ROW }))).toBe('UNAUTHENTICATED');

    const modToken = ok(await clients.moderator.post('mutation { createApiToken(name: "mod") { token } }'));
    const modScript = new AccountClient(server.url);
    modScript.bearer = modToken.createApiToken.token;
    expect(ok(await modScript.post(APPROVE, { id: await pendingBy('contributor') })).approveRevision.status).toBe(
      'PUBLISHED',
    );
  });

  it('limits contributions per account, with Retry-After', async () => {
    const limited = await startTestServer(db.dataSource, { accounts: { limits: { contributionsPerAccount: 2 } } });
    try {
      const a = await signedInAs(db.dataSource, limited.url, Role.CONTRIBUTOR, 'busy');
      const b = await signedInAs(db.dataSource, limited.url, Role.CONTRIBUTOR, 'calm');
      for (let n = 0; n < 2; n++)
        expect(ok(await a.client.post(ADD, { result: ROW })).addResult.status).toBe('PENDING');
      const refused = await a.client.post(ADD, { result: ROW });
      expect(refused.status).toBe(429);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(ok(await b.client.post(ADD, { result: ROW })).addResult.status).toBe('PENDING');
    } finally {
      await limited.close();
    }
  });
});
