import { useApiFixture } from '../support/api-fixture';

const api = useApiFixture();

describe('GraphQL over HTTP', () => {
  it('answers queries sent with GET, with open CORS for reads', async () => {
    const query = encodeURIComponent('{ paper(slug: "bert-pre-training-of-deep-bidirectional") { title } }');
    const response = await fetch(`${api.server.url}/graphql?query=${query}`, {
      headers: { origin: 'https://someone-elses-blog.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as { data: { paper: { title: string } } };
    expect(body.data.paper.title).toMatch(/^BERT/);
  });

  it('answers CORS preflight requests', async () => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://x.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('reports the database health at /healthz', async () => {
    const response = await fetch(`${api.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports syntax errors and unknown fields with their codes', async () => {
    const syntax = await api.server.query('{ paper(slug: ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await api.server.query('{ paper(slug: "x") { secret } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
