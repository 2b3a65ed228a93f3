import { GraphFactory } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await new GraphFactory(db.dataSource).paper('A paper', { slug: 'a-paper', authors: ['Ada'] });
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

it('masks internal errors: the client sees a code, never SQL or stack traces', async () => {
  await db.dataSource.query('DROP TABLE paper_author');
  const { data, errors } = await server.query('{ paper(slug: "a-paper") { title authors { name } } }');
  expect(data).toEqual({ paper: null });
  expect(errors).toEqual([
    expect.objectContaining({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    }),
  ]);
  expect(JSON.stringify(errors)).not.toMatch(/paper_author|relation|stack/i);
});

it('shows the real message and stack trace only in development', async () => {
  const development = await startTestServer(db.dataSource, { development: true });
  try {
    const { errors } = await development.query('{ paper(slug: "a-paper") { title authors { name } } }');
    expect(errors?.[0]?.message).toMatch(/paper_author/);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', stacktrace: expect.any(Array) });
  } finally {
    await development.close();
  }
});
