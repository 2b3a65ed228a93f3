import { buildSampleGraph, type SampleGraph } from './sample-graph';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server';

export interface ApiFixture {
  db: TestDatabase;
  server: TestServer;
  graph: SampleGraph;
}

/** A test file's own database with the sample graph, served over real HTTP. */
export function useApiFixture(options: TestServerOptions = {}): ApiFixture {
  const fixture = {} as ApiFixture;
  beforeAll(async () => {
    fixture.db = await createTestDatabase();
    fixture.graph = await buildSampleGraph(fixture.db.dataSource);
    fixture.server = await startTestServer(fixture.db.dataSource, options);
  });
  afterAll(async () => {
    await fixture.server?.close();
    await fixture.db?.drop();
  });
  return fixture;
}
