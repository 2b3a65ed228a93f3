import { createHash } from 'node:crypto';
import { Role } from '../../src/modules/account/role';
import { signedInAs } from '../accounts/account-client';
import { useApiFixture } from '../support/api-fixture';
import { PROBES } from '../../src/bench/abuse-probes';
import { errorCodes, LEAKS, postJson, send } from './support';

const api = useApiFixture();

/** How each probe must be answered: refused before it runs, or as the client's mistake. */
const EXPECTED: Record<string, string> = {
  'nested leaderboard rows, 231 bytes': 'QUERY_TOO_COMPLEX',
  '10,000 aliases of papers(first:1){totalCount}': 'BAD_REQUEST', // 300 KB: over the body limit
  '1,500 aliases of papers(first:1){totalCount}, under the body limit': 'GRAPHQL_PARSE_FAILED', // tokens
  '30 aliases of benchmark{rows(first:1000)}': 'GRAPHQL_VALIDATION_FAILED', // aliases
  '200 aliases of benchmark{rows(first:1000)}': 'GRAPHQL_PARSE_FAILED',
  'tasks → papers → tasks → papers, 100 each': 'QUERY_TOO_COMPLEX',
  'introspection nested through fields and types': 'GRAPHQL_VALIDATION_FAILED',
  'text filter of 100 KB': 'BAD_USER_INPUT',
  'text filter over its length limit': 'BAD_USER_INPUT',
  'yearFrom: 0': 'BAD_USER_INPUT',
  'yearTo: 100000': 'BAD_USER_INPUT',
  'NUL in a literal slug': 'BAD_USER_INPUT',
  'NUL in a variable filter': 'BAD_USER_INPUT',
  'cursor of the wrong shape': 'BAD_USER_INPUT',
  'cursor with too many keys': 'BAD_USER_INPUT',
  'node id with an oversized number': 'BAD_USER_INPUT',
  'author filter with an oversized number': 'BAD_USER_INPUT',
  'rows(first: 5000)': 'BAD_USER_INPUT',
  'papers(first: -1)': 'BAD_USER_INPUT',
  'variable of the wrong type': 'BAD_USER_INPUT',
};

describe('hostile requests', () => {
  it.each(PROBES.map((probe) => [probe.name, probe] as const))('%s', async (name, probe) => {
    const response = await postJson(api.server.url, { query: probe.query, variables: probe.variables });
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toMatch(LEAKS);
    const codes = errorCodes(response);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (EXPECTED[name]) expect(codes).toContain(EXPECTED[name]);
    else expect(response.json.data).toBeDefined(); // answered, as for SQL-looking text
  });

  it('states the cost and the budget when it refuses a query, and runs nothing', async () => {
    const [nested] = PROBES;
    const response = await postJson(api.server.url, { query: nested!.query });
    expect(response.status).toBe(400);
    const [error] = response.json.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', budget: 25_000 });
    expect(error?.extensions?.cost).toBeGreaterThan(1_000_000);
    expect(error?.message).toMatch(/costs \d+, more than the budget of 25000/);
    expect(response.json.data).toBeUndefined();
  });

  it('reports the cost of every accepted operation', async () => {
    const response = await postJson(api.server.url, { query: '{ papers(first: 5) { edges { node { title } } } }' });
    expect(response.json.extensions).toEqual({ cost: { requested: 11, budget: 25_000 } });
  });

  it('names the argument at fault', async () => {
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['{ papers(filter: { yearFrom: 0 }) { totalCount } }', undefined, 'filter.yearFrom'],
      ['{ paper(slug: "a\\u0000") { title } }', undefined, 'slug'],
      ['query($q: String) { datasets(filter: { query: $q }) { totalCount } }', { q: '\u0000' }, 'filter.query'],
      [`{ node(id: "${Buffer.from('Result:3000000000').toString('base64url')}") { id } }`, undefined, 'id'],
      ['{ papers(after: "not-a-cursor") { totalCount } }', undefined, 'after'],
    ];
    for (const [query, variables, argument] of cases) {
      const response = await postJson(api.server.url, { query, variables });
      expect(response.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('HTTP errors are JSON, without stack traces or paths', () => {
  const graphql = () => `${api.server.url}/graphql`;

  it('answers a body that is not JSON with 400', async () => {
    const response = await send(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(response.text).not.toMatch(LEAKS);
  });

  it('answers an oversized body with 413', async () => {
    const response = await postJson(api.server.url, { query: `{ __typename } #${'x'.repeat(200_000)}` });
    expect(response.status).toBe(413);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(response.text).not.toMatch(LEAKS);
  });

  it('answers a body of another content type with 415', async () => {
    const response = await send(graphql(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ __typename }',
    });
    expect(response.status).toBe(415);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
  });

  it('answers other methods and empty requests as client errors', async () => {
    const put = await send(graphql(), { method: 'PUT', body: '{}' });
    expect(put.status).toBeGreaterThanOrEqual(400);
    expect(put.status).toBeLessThan(500);
    const empty = await send(graphql(), { method: 'GET' });
    expect(empty.status).toBe(400);
    const noQuery = await postJson(api.server.url, {});
    expect(noQuery.status).toBe(400);
    for (const response of [put, empty, noQuery]) expect(response.text).not.toMatch(LEAKS);
  });

  it('gives every response a request id', async () => {
    const response = await postJson(api.server.url, { query: '{ __typename }' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('mutations', () => {
  const graphql = () => `${api.server.url}/graphql`;
  const CREATE_TOKEN = 'mutation { createApiToken(name: "probe") { token } }';
  const tokensMade = async () =>
    (await api.db.dataSource.query("SELECT count(*)::int AS n FROM api_token WHERE name = 'probe'"))[0].n as number;

  it('never runs one sent by GET, alone, beside a query, or as a persisted query', async () => {
    const { client: admin } = await signedInAs(api.db.dataSource, api.server.url, Role.ADMIN);
    const cookie = [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = { cookie, 'x-pwc-csrf': admin.cookies.get('pwc_csrf')! };
    const documents: Record<string, string>[] = [
      { query: CREATE_TOKEN },
      { query: `query Q { __typename } ${CREATE_TOKEN.replace('mutation', 'mutation M')}`, operationName: 'M' },
    ];
    for (const params of documents) {
      const response = await send(`${graphql()}?${new URLSearchParams(params)}`, { headers });
      expect(response.status).toBe(405);
      expect(response.text).not.toMatch(LEAKS);
    }
    const hash = createHash('sha256').update(CREATE_TOKEN).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    const persisted = await send(`${graphql()}?${new URLSearchParams({ query: CREATE_TOKEN, extensions })}`, {
      headers,
    });
    expect(persisted.status).toBe(405);
    expect(await tokensMade()).toBe(0);
  });

  it('refuses a cookie-session mutation without the CSRF header, from any origin', async () => {
    const { client: admin } = await signedInAs(api.db.dataSource, api.server.url, Role.ADMIN);
    const cookie = [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    for (const origin of ['https://evil.example', 'null']) {
      const response = await send(graphql(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin },
        body: JSON.stringify({ query: CREATE_TOKEN }),
      });
      expect(response.status).toBe(403);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    // Cross-origin reads are open to everyone, never with credentials.
    const preflight = await send(graphql(), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await tokensMade()).toBe(0);
  });

  it('answers forged, malformed and oversized credentials as anonymous, never 5xx', async () => {
    const SET_ROLE = `mutation { setUserRole(userId: "${Buffer.from('User:1').toString('base64url')}", role: ADMIN) { id } }`;
    const credentials: Record<string, string>[] = [
      { authorization: 'Bearer pwc_forged-token-that-was-never-issued-by-this-server' },
      { authorization: 'Bearer not-a-pwc-token' },
      { authorization: 'Basic YWRtaW46YWRtaW4=' },
      { authorization: `Bearer pwc_${'x'.repeat(5_000)}` },
      { cookie: 'pwc_session=forged; pwc_csrf=forged', 'x-pwc-csrf': 'forged' },
      { cookie: 'pwc_session=%E0%A4%A; pwc_csrf=%', 'x-pwc-csrf': '%' },
      { cookie: `pwc_session=${'a'.repeat(6_000)}` },
    ];
    for (const headers of credentials) {
      const response = await send(graphql(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: SET_ROLE }),
      });
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.text).not.toMatch(LEAKS);
    }
  });

  it('answers hostile contributions of content as client errors; long texts only where a text belongs', async () => {
    const { client: trusted } = await signedInAs(api.db.dataSource, api.server.url, Role.TRUSTED);
    const before = await api.db.dataSource.query('SELECT count(*)::int AS n FROM revision');
    const EDIT = `mutation($slug: String!, $v: String!, $text: String!, $reason: String!) {
      editDescription(type: METHOD, slug: $slug, baseVersion: $v, description: $text, reason: $reason) { status } }`;
    const PAPER =
      'mutation($paper: PaperInput!, $reason: String!) { addPaper(paper: $paper, reason: $reason) { status } }';
    const LINK = `mutation($url: String!) {
      linkCode(paper: "bert-pre-training-of-deep-bidirectional", repository: { url: $url, official: true }, reason: "probe") { status } }`;
    const version = '0'.repeat(32);
    const paper = { reference: '2101.01234', title: 'A probe', authors: ['P. Robe'] };
    const cases: [string, Record<string, unknown>, string][] = [
      // The description may be long; the other arguments of the same mutation may not.
      [EDIT, { slug: 'adam', v: version, text: 'x'.repeat(50_001), reason: 'probe' }, 'description'],
      [EDIT, { slug: 'a'.repeat(1_001), v: version, text: 'x', reason: 'probe' }, 'slug'],
      [EDIT, { slug: 'adam', v: version, text: 'x', reason: 'r'.repeat(1_001) }, 'reason'],
      [EDIT, { slug: "adam' OR '1'='1", v: version, text: 'x', reason: 'probe' }, 'slug'],
      [EDIT, { slug: 'adam', v: "' OR 1=1 --", text: 'x', reason: 'probe' }, 'baseVersion'],
      [EDIT, { slug: 'adam', v: version, text: 'x\u0000y', reason: 'probe' }, 'description'],
      [PAPER, { paper: { ...paper, abstract: 'x'.repeat(10_001) }, reason: 'probe' }, 'paper.abstract'],
      [PAPER, { paper: { ...paper, title: 't'.repeat(1_001) }, reason: 'probe' }, 'paper.title'],
      [
        PAPER,
        { paper: { ...paper, reference: 'javascript:alert(document.cookie)' }, reason: 'probe' },
        'paper.reference',
      ],
      [
        PAPER,
        { paper: { ...paper, reference: 'data:text/html,<script>alert(1)</script>' }, reason: 'probe' },
        'paper.reference',
      ],
      [
        PAPER,
        { paper: { ...paper, authors: Array.from({ length: 201 }, (_, i) => `A${i}`) }, reason: 'probe' },
        'paper.authors',
      ],
      [LINK, { url: 'javascript:alert(1)' }, 'repository.url'],
      [LINK, { url: 'data:text/html,<script>alert(1)</script>' }, 'repository.url'],
      [LINK, { url: 'http://169.254.169.254/latest/meta-data/' }, 'repository.url'],
      [LINK, { url: 'file:///etc/passwd' }, 'repository.url'],
    ];
    for (const [query, variables, argument] of cases) {
      const reply = await trusted.post(query, variables);
      expect(reply.status).toBeLessThan(500);
      expect(reply.text).not.toMatch(LEAKS);
      expect([argument, reply.body.errors?.[0]?.extensions]).toEqual([
        argument,
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
      ]);
    }
    // An alias does not lift the limit: the field's name decides.
    const aliased = await trusted.post(
      `mutation($text: String!) { editDescription: addMetric(benchmark: "question-answering-on-squad11",
         metric: { name: $text, direction: HIGHER_IS_BETTER }, reason: "probe") { status } }`,
      { text: 'x'.repeat(2_000) },
    );
    expect(aliased.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metric.name' });
    // Without the CSRF header a cookie session changes nothing.
    const noCsrf = await trusted.post(EDIT, { slug: 'adam', v: version, text: 'x', reason: 'probe' }, { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(await api.db.dataSource.query('SELECT count(*)::int AS n FROM revision')).toEqual(before);
  });

  it('refuses batched operations, so one request cannot hide many sign-in attempts', async () => {
    const signIn = { query: 'mutation { signIn(email: "a@example.org", password: "xxxxxxxxxxxx") { id } }' };
    const response = await postJson(api.server.url, [signIn, signIn]);
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(LEAKS);
  });
});
