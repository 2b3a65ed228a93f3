import { Client } from 'pg';
import { buildSampleGraph } from '../support/sample-graph';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCodes, LEAKS, postJson } from './support';

const PAPER = '{ paper(slug: "bert-pre-training-of-deep-bidirectional") { title } }';

/**
 * One pooled connection and no pipelined ones (their own limits: src/db/pipelined-statements.test.ts),
 * so a blocked request holds every connection the server has; short statement timeout.
 */
let db: TestDatabase;
let server: TestServer;
/** A second session that takes table locks, so statements block for as long as a test wants. */
let locker: Client;

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 1, statementTimeoutMs: 1_500, poolWaitTimeoutMs: 200 });
  await buildSampleGraph(db.dataSource);
  server = await startTestServer(db.dataSource, { readPipelines: 0 });
  locker = new Client({ connectionString: db.url });
  await locker.connect();
});
afterAll(async () => {
  await locker.end();
  await server.close();
  await db.drop();
});

async function lockTable(table: string): Promise<void> {
  await locker.query('BEGIN');
  await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
}
const unlock = () => locker.query('ROLLBACK');

/** Waits (for a condition, not a time) until a statement of the API is blocked on a lock. */
async function untilBlockedOnLock(): Promise<void> {
  for (;;) {
    const { rows } = await locker.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('execution limits', () => {
  it('stops a statement at the statement timeout: TIMEOUT, 503 with Retry-After, connection freed', async () => {
    await lockTable('paper');
    const response = await postJson(server.url, { query: PAPER });
    await unlock();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(errorCodes(response)).toEqual(['TIMEOUT']);
    expect(response.json.errors?.[0]?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
    expect(response.text).not.toMatch(LEAKS);

    const after = await postJson(server.url, { query: PAPER });
    expect(after.status).toBe(200);
    expect(after.json.data).toEqual({ paper: { title: expect.stringMatching(/^BERT/) } });
  });

  it('answers a request that cannot get a connection with 503 after the pool-wait timeout', async () => {
    await lockTable('paper');
    const slow = postJson(server.url, { query: PAPER });
    await untilBlockedOnLock();
    const cheap = await postJson(server.url, { query: '{ areas { totalCount } }' });
    expect(cheap.status).toBe(503);
    expect(errorCodes(cheap)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(cheap.headers.get('retry-after')).toBe('5');
    await unlock();
    await slow;

    const again = await postJson(server.url, { query: '{ areas { totalCount } }' });
    expect(again.json).toMatchObject({ data: { areas: { totalCount: 2 } } });
  });

  it('stops resolving fields once the request is past its deadline', async () => {
    const hurried = await startTestServer(db.dataSource, { limits: { requestTimeoutMs: 300 }, readPipelines: 0 });
    try {
      await lockTable('paper_author');
      const started = Date.now();
      const response = postJson(hurried.url, {
        query: `{ paper(slug: "bert-pre-training-of-deep-bidirectional") {
          title authors { name papers(first: 1) { totalCount } } } }`,
      });
      await untilBlockedOnLock();
      while (Date.now() - started < 400) await new Promise((resolve) => setTimeout(resolve, 20));
      await unlock();
      const answer = await response;
      expect(answer.status).toBe(503);
      expect(errorCodes(answer)).toContain('TIMEOUT');
      expect(answer.json.errors?.[0]?.message).toMatch(/deadline of 300 ms/);
    } finally {
      await hurried.close();
    }
  });
});

describe('rate limits and reply size', () => {
  it('limits requests per client with RateLimit headers, then 429 with Retry-After', async () => {
    const limited = await startTestServer(db.dataSource, { limits: { rateLimitRequests: 3 } });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await postJson(limited.url, { query: '{ __typename }' }));
      expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
      expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"requests";q=3;w=60');
      expect(answers[2]!.headers.get('ratelimit')).toMatch(/^"requests";r=0;t=\d+$/);
      const refused = answers[3]!;
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });

  it('limits the cost a client spends per minute', async () => {
    const limited = await startTestServer(db.dataSource, { limits: { costBudget: 20, rateLimitCost: 25 } });
    try {
      const query = '{ papers(first: 5) { edges { node { title } } } }'; // costs 11
      const first = await postJson(limited.url, { query });
      const second = await postJson(limited.url, { query });
      const third = await postJson(limited.url, { query });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(third.status).toBe(429);
      expect(errorCodes(third)).toEqual(['RATE_LIMITED']);
      expect(third.json.errors?.[0]?.message).toMatch(/cost allowance of 25/);
    } finally {
      await limited.close();
    }
  });

  it('refuses a reply larger than the cap', async () => {
    const capped = await startTestServer(db.dataSource, { limits: { maxResponseBytes: 200 } });
    try {
      const response = await postJson(capped.url, {
        query: '{ papers(first: 20) { edges { node { title abstract } } } }',
      });
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toEqual(['RESPONSE_TOO_LARGE']);
    } finally {
      await capped.close();
    }
  });
});
