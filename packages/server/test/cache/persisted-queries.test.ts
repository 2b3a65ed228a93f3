import { createHash } from 'node:crypto';
import { buildSampleGraph } from '../support/sample-graph';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, testKeyPrefix, type TestServer } from '../support/test-server';
import { getGraphQL } from './http-support';

const QUERY = 'query Title($slug: String!) { paper(slug: $slug) { title } }';
const VARIABLES = { slug: 'bert-pre-training-of-deep-bidirectional' };

const persisted = (query: string) => ({
  persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
});

// Automatic persisted queries over GET, with the store of the response cache (memory or Redis).
describe.each(['memory', 'redis'] as const)('automatic persisted queries in %s', (store) => {
  let db: TestDatabase;
  let server: TestServer;
  let keyPrefix: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildSampleGraph(db.dataSource);
    keyPrefix = testKeyPrefix();
    server = await startTestServer(db.dataSource, { caching: { store, keyPrefix } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('round trip over GET: unknown hash, then registered with the query, then the hash alone works', async () => {
    const hashOnly = { variables: VARIABLES, extensions: persisted(QUERY) };
    const unknown = await getGraphQL(server.url, hashOnly);
    expect(unknown.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await getGraphQL(server.url, { query: QUERY, ...hashOnly });
    expect(registered.status).toBe(200);
    expect(registered.json().data.paper.title).toMatch(/^BERT/);

    const byHash = await getGraphQL(server.url, hashOnly);
    expect(byHash.status).toBe(200);
    expect(byHash.text).toBe(registered.text);
    expect(byHash.headers.get('cache-control')).toMatch(/^public, max-age=/);
    expect(byHash.headers.get('x-cache')).toBe('HIT');
  });

  it('registers only queries that fit the budget', async () => {
    const expensive = '{ papers(first: 100) { edges { node { results { values { metric { name } } } } } } }';
    const refused = await getGraphQL(server.url, { query: expensive, extensions: persisted(expensive) });
    expect(refused.json().errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const byHash = await getGraphQL(server.url, { extensions: persisted(expensive) });
    expect(byHash.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a query sent with the hash of another', async () => {
    const reply = await getGraphQL(server.url, { query: '{ stats { papers } }', extensions: persisted(QUERY) });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  if (store === 'redis') {
    it('shares registered queries between API nodes', async () => {
      const other = await startTestServer(db.dataSource, { caching: { store, keyPrefix } });
      try {
        const query = '{ stats { papers tasks } }';
        await getGraphQL(server.url, { query, extensions: persisted(query) });
        const elsewhere = await getGraphQL(other.url, { extensions: persisted(query) });
        expect(elsewhere.status).toBe(200);
        expect(elsewhere.json().data.stats.papers).toBeGreaterThan(0);
      } finally {
        await other.close();
      }
    });
  }
});
