import { useApiFixture } from '../support/api-fixture';
import { getGraphQL, postGraphQL } from './http-support';

const TITLE = { query: '{ paper(slug: "bert-pre-training-of-deep-bidirectional") { title } }' };
// Well over the 1 KB below which replies are not compressed.
const LARGE = { query: '{ __schema { types { name description fields { name description } } } }' };

const api = useApiFixture({ caching: { store: 'memory' } });

describe('HTTP caching of GraphQL replies', () => {
  it('lets browsers and CDNs keep a successful GET for a minute, and serve it stale while they revalidate', async () => {
    const reply = await getGraphQL(api.server.url, TITLE);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(reply.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(reply.headers.get('age')).toBeNull();
    const vary = reply.headers
      .get('vary')
      ?.toLowerCase()
      .split(/\s*,\s*/);
    expect(vary).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await getGraphQL(api.server.url, TITLE);
    const etag = first.headers.get('etag')!;
    const again = await getGraphQL(api.server.url, TITLE, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));

    // A proxy may have weakened the tag; lists and * match too.
    expect((await getGraphQL(api.server.url, TITLE, { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await getGraphQL(api.server.url, TITLE, { 'if-none-match': `"other", ${etag}` })).status).toBe(304);
    expect((await getGraphQL(api.server.url, TITLE, { 'if-none-match': '*' })).status).toBe(304);
    expect((await getGraphQL(api.server.url, TITLE, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('tags the reply by its content: another answer, another ETag', async () => {
    const bert = await getGraphQL(api.server.url, TITLE);
    const other = await getGraphQL(api.server.url, { query: '{ stats { papers } }' });
    expect(other.headers.get('etag')).not.toBe(bert.headers.get('etag'));
    expect((await getGraphQL(api.server.url, TITLE)).headers.get('etag')).toBe(bert.headers.get('etag'));
  });

  it('gives POSTs no-store and no ETag', async () => {
    const reply = await postGraphQL(api.server.url, TITLE);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('etag')).toBeNull();
  });

  it('gives every error no-store: partial data, invalid queries, HTTP errors', async () => {
    const partial = await getGraphQL(api.server.url, { query: '{ stats { papers } paper { title } }' });
    expect(partial.status).toBe(200);
    expect(partial.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const invalid = await getGraphQL(api.server.url, { query: '{ paper(slug: "x") { secret } }' });
    expect(invalid.status).toBe(400);
    const malformed = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent('{')}&variables=not-json`);
    expect(malformed.status).toBe(400);
    const tooLarge = await postGraphQL(api.server.url, { query: `{ stats { papers } } # ${'x'.repeat(200_000)}` });
    expect(tooLarge.status).toBe(413);
    for (const reply of [partial, invalid, malformed, tooLarge]) {
      expect(reply.headers.get('cache-control')).toBe('no-store');
    }
    for (const reply of [partial, invalid, malformed]) expect(reply.headers.get('etag')).toBeNull();
  });

  it('compresses only replies of 1 KB or more', async () => {
    const small = await fetch(`${api.server.url}/graphql?${new URLSearchParams(TITLE)}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(small.headers.get('content-encoding')).toBeNull();
    const large = await fetch(`${api.server.url}/graphql?${new URLSearchParams(LARGE)}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(large.headers.get('content-encoding')).toBe('gzip');
    expect((await large.text()).length).toBeGreaterThan(10 * 1024);
  });

  it('keeps the ETag of the body whatever the content coding, so revalidation works for either', async () => {
    const gzip = await getGraphQL(api.server.url, LARGE, { 'accept-encoding': 'gzip' });
    const identity = await getGraphQL(api.server.url, LARGE, { 'accept-encoding': 'identity' });
    expect(gzip.headers.get('etag')).toBe(identity.headers.get('etag'));
    const revalidated = await getGraphQL(api.server.url, LARGE, {
      'accept-encoding': 'gzip',
      'if-none-match': identity.headers.get('etag')!,
    });
    expect(revalidated.status).toBe(304);
  });
});

describe('HTTP caching settings', () => {
  const noMaxAge = useApiFixture({ caching: { store: 'memory', settings: { httpMaxAgeSeconds: 0 } } });

  it('with a max-age of 0, GETs must be revalidated (cheaply, by ETag)', async () => {
    const reply = await getGraphQL(noMaxAge.server.url, TITLE);
    expect(reply.headers.get('cache-control')).toBe('no-cache');
    expect(reply.headers.get('etag')).not.toBeNull();
  });
});
