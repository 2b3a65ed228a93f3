import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApiFixture } from '../support/api-fixture';

// A stand-in for the built web app: the server only needs its index.html and assets.
const webDist = mkdtempSync(join(tmpdir(), 'pwc-web-dist-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Papers with Code 2</title><div id="root"></div>');
writeFileSync(join(webDist, 'app.js'), 'console.log("app")');

const api = useApiFixture({ webDist });
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

describe('serving the web app', () => {
  it.each([
    ['/', 200],
    ['/sota', 200],
    ['/search', 200],
    ['/paper/bert-pre-training-of-deep-bidirectional', 200],
    ['/sota/question-answering-on-squad11', 200],
    ['/task/question-answering', 200],
    ['/dataset/squad11', 200],
    ['/method/transformer', 200],
    ['/area/computer-vision', 200],
    ['/signin', 200],
    ['/signup', 200],
    ['/account', 200],
    ['/submit', 200],
    ['/review', 200],
    ['/paper/no-such-paper', 404],
    ['/sota/nothing-on-nowhere', 404],
    ['/no/such/page', 404],
    ["/dataset/01%2F01%2F1967'%20AND%202*3*8%3D6*8", 404],
    ['/paper/bert%00', 404],
    ['/paper/%E0%A4%A', 404],
  ])('serves the app shell for %s with status %i', async (path, status) => {
    const response = await fetch(`${api.server.url}${path}`);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('serves a dead link for a slug longer than any slug', async () => {
    const response = await fetch(`${api.server.url}/task/${'x'.repeat(5000)}`);
    expect(response.status).toBe(404);
  });

  it('serves static assets as they are', async () => {
    const response = await fetch(`${api.server.url}/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("app")');
  });
});

describe('GraphQL limits and transport', () => {
  it('compresses responses for clients that accept gzip', async () => {
    // The schema's own description is comfortably above the 1 KB compression threshold.
    const query = '{ __schema { types { name description fields { name description } } } }';
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('rejects queries nested too deeply before running them', async () => {
    let selection = 'slug';
    for (let i = 0; i < 20; i++) selection = `relatedPapers { ${selection} }`;
    const { data, errors } = await api.server.query(
      `{ paper(slug: "bert-pre-training-of-deep-bidirectional") { ${selection} } }`,
    );
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });
});
