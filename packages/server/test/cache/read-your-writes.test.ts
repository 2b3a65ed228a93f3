import { EventEmitter, once } from 'node:events';
import pino from 'pino';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { isNewerVersion } from '../../src/cache/data-version';
import { DataVersionWatcher, type DataVersionSource } from '../../src/cache/data-version-watcher';
import { databaseUrlOf } from '../../src/db/data-source';
import { Role } from '../../src/modules/account/role';
import { signedInAs } from '../accounts/account-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The data version as a slow listener would know it: each announcement arrives `lagMs` after the
 * real listener heard it. Without read-your-writes, a read right after a mutation would be
 * answered from the reply cached under the version before it.
 */
class LaggingVersion implements DataVersionSource {
  private known: string | undefined;
  private readonly events = new EventEmitter();

  constructor(watcher: DataVersionWatcher, lagMs: number) {
    this.known = watcher.current();
    watcher.on('change', (version) =>
      setTimeout(() => {
        if (version === undefined || !isNewerVersion(version, this.known)) return;
        this.known = version;
        this.events.emit('change');
      }, lagMs),
    );
  }

  current(): string | undefined {
    return this.known;
  }

  async reached(version: string): Promise<void> {
    while (this.known === undefined || isNewerVersion(version, this.known)) await once(this.events, 'change');
  }
}

describe('read your writes through the response cache', () => {
  const SQUAD = 'question-answering-on-squad11';
  const COUNT = `query Count($slug: String!) { benchmark(slug: $slug) { resultCount } }`;
  const ADD = `mutation Add($benchmark: String!, $result: ResultFieldsInput!, $reason: String!) {
    addResult(benchmark: $benchmark, result: $result, reason: $reason) { status } }`;
  let db: TestDatabase;
  let server: TestServer;
  let watcher: DataVersionWatcher;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    watcher = await DataVersionWatcher.start(databaseUrlOf(db.dataSource), pino({ level: 'silent' }));
    server = await startTestServer(db.dataSource, {
      caching: { store: 'memory', dataVersion: new LaggingVersion(watcher, 1_000) },
    });
  });
  afterAll(async () => {
    await server?.close();
    await watcher?.close();
    await db?.drop();
  });

  it("answers the next read with the mutation's change, not the reply cached before it", async () => {
    const count = async () => {
      const reply = await server.query<{ benchmark: { resultCount: number } }>(COUNT, { slug: SQUAD });
      expect(reply.errors).toBeUndefined();
      return reply.data!.benchmark.resultCount;
    };
    const before = await count();
    expect(await count()).toBe(before); // now cached under the current version
    const trusted = await signedInAs(db.dataSource, server.url, Role.TRUSTED, 'trusted');
    const added = await trusted.client.post(ADD, {
      benchmark: SQUAD,
      reason: 'read your writes',
      result: {
        modelName: 'Fresh model',
        paperTitle: 'A fresh paper',
        paperUrl: 'https://example.org/fresh',
        evaluatedOn: '2024-01-01',
        values: [{ metric: 'EM', value: '50.0' }],
      },
    });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data).toEqual({ addResult: { status: 'PUBLISHED' } });
    // The reply came once this server knew the new version: the very next read sees the row.
    expect(await count()).toBe(before + 1);
  });
});
