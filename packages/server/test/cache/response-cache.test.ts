import { buildSampleGraph } from '../support/sample-graph';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, testKeyPrefix, type TestServer } from '../support/test-server';
import { changeDataAsTheImporterDoes, getGraphQL, postGraphQL } from './http-support';

const PAPER = `query Paper($slug: String!) {
  paper(slug: $slug) { title authors { name } tasks { name } results { modelName values { raw } } }
}`;
const BERT = { slug: 'bert-pre-training-of-deep-bidirectional' };
const XLNET = { slug: 'xlnet-generalized-autoregressive-pretraining-for-language-understanding' };

// The same behaviour from the in-memory LRU and from a real redis-server.
describe.each(['memory', 'redis'] as const)('response cache in %s', (store) => {
  const statements = new StatementCounter();
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase({ logger: statements });
    await buildSampleGraph(db.dataSource);
    server = await startTestServer(db.dataSource, { caching: { store } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const dataVersion = () => server.caching!.dataVersion!;

  it('answers the same query a second time from the cache, without any SQL', async () => {
    statements.reset();
    const first = await postGraphQL(server.url, { query: PAPER, variables: BERT });
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(statements.statements.length).toBeGreaterThan(0);

    statements.reset();
    const second = await postGraphQL(server.url, { query: PAPER, variables: BERT });
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(statements.statements).toEqual([]);
    expect(second.text).toBe(first.text);
    expect(second.json().extensions.cost.requested).toBeGreaterThan(0);
  });

  it('serves GET and POST of one operation from one entry', async () => {
    const query = '{ stats { papers } }';
    expect((await postGraphQL(server.url, { query })).headers.get('x-cache')).toBe('MISS');
    expect((await getGraphQL(server.url, { query })).headers.get('x-cache')).toBe('HIT');
  });

  it('keys entries by the variables', async () => {
    await postGraphQL(server.url, { query: PAPER, variables: BERT });
    statements.reset();
    const xlnet = await postGraphQL(server.url, { query: PAPER, variables: XLNET });
    expect(xlnet.headers.get('x-cache')).toBe('MISS');
    expect(xlnet.json().data.paper.title).toMatch(/^XLNet/);
    expect(statements.statements.length).toBeGreaterThan(0);
  });

  it('answers with the new data as soon as the data version is bumped, as an import does', async () => {
    await postGraphQL(server.url, { query: PAPER, variables: BERT });
    expect((await postGraphQL(server.url, { query: PAPER, variables: BERT })).headers.get('x-cache')).toBe('HIT');

    const version = await changeDataAsTheImporterDoes(db.dataSource, (sql) =>
      sql.query(`UPDATE paper SET title = 'BERT, revised' WHERE slug = $1`, [BERT.slug]),
    );
    expect(version).toBeDefined();
    await dataVersion().reached(version!);

    const fresh = await postGraphQL(server.url, { query: PAPER, variables: BERT });
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(fresh.json().data.paper.title).toBe('BERT, revised');
    expect((await postGraphQL(server.url, { query: PAPER, variables: BERT })).headers.get('x-cache')).toBe('HIT');
  });

  it('keeps the version (and the cached replies) when a transaction changed nothing', async () => {
    const before = dataVersion().current();
    const version = await changeDataAsTheImporterDoes(db.dataSource, (sql) => sql.query('SELECT count(*) FROM paper'));
    expect(version).toBeUndefined();
    expect(dataVersion().current()).toBe(before);
  });

  it('does not cache replies with errors, even beside data', async () => {
    const query = '{ stats { papers } paper { title } }';
    const first = await postGraphQL(server.url, { query });
    expect(first.json().data.stats.papers).toBeGreaterThan(0);
    expect(first.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await postGraphQL(server.url, { query })).headers.get('x-cache')).toBe('MISS');
  });
});

describe('response cache and the limits', () => {
  let db: TestDatabase;
  let paperCost: number;
  const servers: TestServer[] = [];
  const start = async (options: Parameters<typeof startTestServer>[1]) => {
    const server = await startTestServer(db.dataSource, options);
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildSampleGraph(db.dataSource);
    const probe = await start({});
    paperCost = (await postGraphQL(probe.url, { query: PAPER, variables: BERT })).json().extensions.cost.requested;
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await db?.drop();
  });

  it('charges cached answers to the cost allowance like any other', async () => {
    // Room for three paper queries a minute.
    const server = await start({
      caching: { store: 'memory' },
      limits: { rateLimitCost: 3 * paperCost, costBudget: paperCost },
    });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await postGraphQL(server.url, { query: PAPER, variables: BERT }));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(replies.map((r) => r.headers.get('x-cache'))).toEqual(['MISS', 'HIT', 'HIT', 'MISS']);
    expect(replies[3]!.json().errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('prices every operation before the cache may answer: a node with a smaller budget refuses a cached reply', async () => {
    const keyPrefix = testKeyPrefix();
    const generous = await start({ caching: { store: 'redis', keyPrefix } });
    const strict = await start({ caching: { store: 'redis', keyPrefix }, limits: { costBudget: paperCost - 1 } });
    await postGraphQL(generous.url, { query: PAPER, variables: BERT });
    expect((await postGraphQL(generous.url, { query: PAPER, variables: BERT })).headers.get('x-cache')).toBe('HIT');

    const refused = await postGraphQL(strict.url, { query: PAPER, variables: BERT });
    expect(refused.status).toBe(400);
    expect(refused.json().errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('several API nodes sharing one Redis', () => {
  let db: TestDatabase;
  let nodes: TestServer[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildSampleGraph(db.dataSource);
    const keyPrefix = testKeyPrefix();
    nodes = [
      await startTestServer(db.dataSource, {
        caching: { store: 'redis', keyPrefix },
        limits: { rateLimitRequests: 5 },
      }),
      await startTestServer(db.dataSource, {
        caching: { store: 'redis', keyPrefix },
        limits: { rateLimitRequests: 5 },
      }),
    ];
  });
  afterAll(async () => {
    for (const node of nodes ?? []) await node.close();
    await db?.drop();
  });

  it('share cached replies, retire them together on a new data version, and count requests together', async () => {
    const [a, b] = nodes as [TestServer, TestServer];
    expect((await postGraphQL(a.url, { query: PAPER, variables: BERT })).headers.get('x-cache')).toBe('MISS');
    expect((await postGraphQL(b.url, { query: PAPER, variables: BERT })).headers.get('x-cache')).toBe('HIT');

    const version = await changeDataAsTheImporterDoes(db.dataSource, (sql) =>
      sql.query(`UPDATE paper SET title = 'BERT on every node' WHERE slug = $1`, [BERT.slug]),
    );
    await Promise.all(nodes.map((node) => node.caching!.dataVersion!.reached(version!)));
    const fromB = await postGraphQL(b.url, { query: PAPER, variables: BERT });
    expect(fromB.headers.get('x-cache')).toBe('MISS');
    expect(fromB.json().data.paper.title).toBe('BERT on every node');
    const fromA = await postGraphQL(a.url, { query: PAPER, variables: BERT });
    expect(fromA.headers.get('x-cache')).toBe('HIT');
    expect(fromA.json().data.paper.title).toBe('BERT on every node');

    // Five requests a minute per client, counted across both nodes: four so far.
    expect((await postGraphQL(a.url, { query: PAPER, variables: BERT })).status).toBe(200);
    const sixth = await postGraphQL(b.url, { query: PAPER, variables: BERT });
    expect(sixth.status).toBe(429);
    expect(sixth.json().errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
