import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { buildSampleGraph } from '../support/sample-graph';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { AccountClient, errorCode, newEmail, PASSWORD } from './account-client';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await buildSampleGraph(db.dataSource);
});
afterAll(() => db?.drop());

describe('the response cache and HTTP caches never hand one account’s viewer to another client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db.dataSource, { caching: { store: 'memory' } });
  });
  afterAll(() => server?.close());

  const VIEWER = '{ viewer { email name } }';
  const PUBLIC = '{ stats { papers } }';

  it('answers each client with its own viewer, by POST and by GET, never from the cache', async () => {
    const ada = new AccountClient(server.url);
    const grace = new AccountClient(server.url);
    await ada.signUp(newEmail('ada'), PASSWORD, 'Ada');
    await grace.signUp(newEmail('grace'), PASSWORD, 'Grace');
    const anonymous = new AccountClient(server.url);

    for (const send of [(c: AccountClient) => c.post(VIEWER), (c: AccountClient) => c.get(VIEWER)]) {
      for (let round = 0; round < 2; round++) {
        const [a, g, nobody] = [await send(ada), await send(grace), await send(anonymous)];
        expect(a.body.data.viewer.name).toBe('Ada');
        expect(g.body.data.viewer.name).toBe('Grace');
        expect(nobody.body.data.viewer).toBeNull();
        for (const reply of [a, g, nobody]) {
          expect(reply.headers.get('x-cache')).toBe('MISS');
          expect(reply.headers.get('cache-control')).toBe('private, no-store');
          expect(reply.headers.get('etag')).toBeNull();
        }
      }
    }
  });

  it('keeps a public field asked beside the viewer out of the cache too', async () => {
    const ada = new AccountClient(server.url);
    await ada.signUp(newEmail('ada'), PASSWORD, 'Ada');
    const mixed = `{ stats { papers } viewer { name } }`;
    await ada.get(mixed);
    const anonymous = await new AccountClient(server.url).get(mixed);
    expect(anonymous.headers.get('x-cache')).toBe('MISS');
    expect(anonymous.body.data.viewer).toBeNull();
  });

  it('serves public data from the cache to signed-in clients and by token alike, publicly cacheable', async () => {
    const browser = new AccountClient(server.url);
    await browser.signUp(newEmail(), PASSWORD);
    const token = (await browser.post('mutation { createApiToken(name: "reader") { token } }')).body.data.createApiToken
      .token;
    const script = new AccountClient(server.url);
    script.bearer = token;
    const first = await new AccountClient(server.url).get(PUBLIC);
    for (const client of [browser, script]) {
      const reply = await client.get(PUBLIC);
      expect(reply.headers.get('x-cache')).toBe('HIT');
      expect(reply.text).toBe(first.text);
      expect(reply.headers.get('cache-control')).toMatch(/^public, max-age=/);
    }
  });

  it('answers profiles (whose role an admin may change at any time) uncached', async () => {
    const browser = new AccountClient(server.url);
    const { id } = (await browser.signUp(newEmail(), PASSWORD, 'Profiled')).body.data.signUp;
    const query = `{ user(id: "${id}") { name role } }`;
    await browser.get(query);
    const again = await new AccountClient(server.url).get(query);
    expect(again.headers.get('x-cache')).toBe('MISS');
    expect(again.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('sign-in and sign-up rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db.dataSource, {
      accounts: { limits: { signInsPerEmail: 3, signInsPerAddress: 6, signUpsPerAddress: 8 } },
    });
  });
  afterAll(() => server?.close());

  it('stops guessing one account’s password after the allowance, even with the right password', async () => {
    const email = newEmail();
    await new AccountClient(server.url).signUp(email, PASSWORD);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(errorCode(await new AccountClient(server.url).signIn(email, `wrong guess ${attempt}`))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const limited = await new AccountClient(server.url).signIn(email, PASSWORD);
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('set-cookie')).toBeNull();
  });

  it('stops one address trying many accounts', async () => {
    // 4 of this address's 6 attempts went to the test above (the refused one counts too).
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(errorCode(await new AccountClient(server.url).signIn(newEmail('spray'), PASSWORD))).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(errorCode(await new AccountClient(server.url).signIn(newEmail('spray'), PASSWORD))).toBe('RATE_LIMITED');
  });

  it('stops mass sign-ups from one address', async () => {
    // One sign-up went to the first test.
    for (let n = 0; n < 7; n++) {
      expect((await new AccountClient(server.url).signUp(newEmail('mass'), PASSWORD)).body.data?.signUp).toBeTruthy();
    }
    expect(errorCode(await new AccountClient(server.url).signUp(newEmail('mass'), PASSWORD))).toBe('RATE_LIMITED');
  });
});

describe('logs', () => {
  it('never hold passwords, session cookies, CSRF tokens or API tokens, even at debug level', async () => {
    const lines: string[] = [];
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger('debug', false, capture);
    const server = await startTestServer(db.dataSource, { logger, development: true });
    try {
      const password = 'a very secret passphrase 42';
      const browser = new AccountClient(server.url);
      await browser.signUp(newEmail(), password);
      await new AccountClient(server.url).signIn(newEmail('unknown'), password);
      await browser.post(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
        {
          c: password,
          n: 'short',
        },
      );
      const token = (await browser.post('mutation { createApiToken(name: "logged?") { token } }')).body.data
        .createApiToken.token as string;
      const script = new AccountClient(server.url);
      script.bearer = token;
      await script.viewer();
      // A password in a GET's variables (refused: GETs run no mutation) is not logged with the URL.
      await browser.get('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
        e: 'someone@example.org',
        p: password,
      });

      const log = lines.join('');
      expect(log).toContain('"req"'); // request lines were written, headers and all
      expect(log).toContain('[redacted]');
      expect(log).toContain('variables=[redacted]');
      for (const secret of [password, token, browser.cookies.get('pwc_session')!, browser.cookies.get('pwc_csrf')!]) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await server.close();
    }
  });
});
