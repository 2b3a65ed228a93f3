import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { importArchive } from '../../src/archive/import-archive';
import { readDataVersion } from '../../src/cache/data-version';
import { DataVersionWatcher } from '../../src/cache/data-version-watcher';
import { waitFor } from '../../src/db/wait-for';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { changeDataAsTheImporterDoes, postGraphQL } from './http-support';

const FIXTURE = join(__dirname, '..', 'archive', 'fixtures', 'linking');
const PAPER = '{ paper(slug: "a-paper-about-foo") { title authors { name } } }';

const logger = pino({ level: 'silent' });
const currentVersion = (db: TestDatabase) => readDataVersion(db.dataSource);

describe('imports and the response cache', () => {
  let db: TestDatabase;
  let server: TestServer;
  let newer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importArchive({ dataSource: db.dataSource, files: [FIXTURE] })).ok).toBe(true);
    server = await startTestServer(db.dataSource, { caching: { store: 'redis' } });
    newer = mkdtempSync(join(tmpdir(), 'pwc-newer-'));
  });
  afterAll(async () => {
    rmSync(newer, { recursive: true, force: true });
    await server?.close();
    await db?.drop();
  });

  it('an import that changes a paper makes the next answer fresh', async () => {
    await postGraphQL(server.url, { query: PAPER });
    const cached = await postGraphQL(server.url, { query: PAPER });
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect(cached.json().data.paper.title).toBe('A Paper About Foo!');

    const papers = JSON.parse(readFileSync(join(FIXTURE, 'papers-with-abstracts.json'), 'utf8'));
    papers[0].title = 'A Paper About Foo, Revised';
    writeFileSync(join(newer, 'papers-with-abstracts.json'), JSON.stringify(papers));
    const report = await importArchive({ dataSource: db.dataSource, files: [newer] });
    expect(report.ok).toBe(true);
    expect(report.dataVersion).toBe(await currentVersion(db));
    await server.caching!.dataVersion!.reached(report.dataVersion!);

    const fresh = await postGraphQL(server.url, { query: PAPER });
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(fresh.json().data.paper.title).toBe('A Paper About Foo, Revised');
  });

  it('a file that fails (and is rolled back) leaves the version, and the cached replies, as they were', async () => {
    await postGraphQL(server.url, { query: PAPER });
    const before = await currentVersion(db);
    writeFileSync(join(newer, 'papers-with-abstracts.json'), '[{"paper_url": "https://x.example/a", "title": ');
    const report = await importArchive({ dataSource: db.dataSource, files: [newer] });
    expect(report.ok).toBe(false);
    expect(report.dataVersion).toBeUndefined();
    expect(await currentVersion(db)).toBe(before);
    expect((await postGraphQL(server.url, { query: PAPER })).headers.get('x-cache')).toBe('HIT');
  });
});

describe('the data version listener', () => {
  let db: TestDatabase;
  let watcher: DataVersionWatcher;

  beforeAll(async () => {
    db = await createTestDatabase();
    watcher = await DataVersionWatcher.start(db.url, logger);
  });
  afterAll(async () => {
    await watcher?.close();
    await db?.drop();
  });

  const bump = () =>
    changeDataAsTheImporterDoes(db.dataSource, (sql) =>
      sql.query(`INSERT INTO area (slug, name) VALUES ($1, $1)`, [`a${Date.now()}`]),
    );

  it('knows the version from the start and follows every bump', async () => {
    expect(watcher.current()).toBe(await currentVersion(db));
    const bumped = await bump();
    await watcher.reached(bumped!);
    expect(watcher.current()).toBe(bumped);
  });

  it('forgets the version while its connection is lost, then listens again and catches up', async () => {
    const forgotten = new Promise((resolve) => watcher.once('change', resolve));
    // As when PostgreSQL restarts: the listener's session ends under it.
    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'pwc-data-version-listener' AND datname = current_database()`,
    );
    expect(await forgotten).toBeUndefined();

    // A bump around the reconnection is never missed: announced to it, or read when it listens again.
    const bumped = await bump();
    await watcher.reached(bumped!);
    expect(watcher.current()).toBe(bumped);
    const listening = await waitFor(
      async () =>
        (
          await db.dataSource.query(
            `SELECT 1 FROM pg_stat_activity
             WHERE application_name = 'pwc-data-version-listener' AND datname = current_database()`,
          )
        ).length === 1,
      { timeoutMs: 30_000 },
    );
    expect(listening).toBe(true);

    const next = await bump();
    await watcher.reached(next!);
  });
});

describe('the data version listener while PostgreSQL starts up', () => {
  let db: TestDatabase;
  let proxy: Server;
  let refusals = 3;

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(db.url);
    // In front of the database: the first connections get the error of a server still starting up.
    proxy = createServer((socket) => {
      if (refusals > 0) {
        refusals--;
        socket.once('data', () => socket.end(startingUpError()));
        return;
      }
      const upstream = connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve));
    await db?.drop();
  });

  it('keeps retrying after connections refused half-way, and listens once it can', async () => {
    const url = new URL(db.url);
    url.port = String((proxy.address() as AddressInfo).port);
    const watcher = await DataVersionWatcher.start(url.toString(), logger);
    try {
      expect(watcher.current()).toBeUndefined();
      await watcher.reached((await currentVersion(db))!);
      expect(refusals).toBe(0);
    } finally {
      await watcher.close();
    }
  });
});

/** A PostgreSQL ErrorResponse: FATAL 57P03 "the database system is starting up". */
function startingUpError(): Buffer {
  const fields = Buffer.from('SFATAL\0C57P03\0Mthe database system is starting up\0\0');
  const length = Buffer.alloc(4);
  length.writeInt32BE(fields.length + 4);
  return Buffer.concat([Buffer.from('E'), length, fields]);
}

describe('a server that does not know the data version', () => {
  let db: TestDatabase;
  let server: TestServer;
  // Stands in for the listener: undefined while it would be reconnecting.
  let version: string | undefined = '1';

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`INSERT INTO area (slug, name) VALUES ('nlp', 'NLP')`);
    server = await startTestServer(db.dataSource, {
      caching: { store: 'memory', dataVersion: { current: () => version } },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('neither reads nor writes the cache: every answer is fresh until the version is known again', async () => {
    const query = '{ areas { edges { node { name } } } }';
    const name = async () => {
      const reply = await postGraphQL(server.url, { query });
      return [reply.headers.get('x-cache'), reply.json().data.areas.edges[0].node.name];
    };
    expect(await name()).toEqual(['MISS', 'NLP']);
    expect(await name()).toEqual(['HIT', 'NLP']);

    version = undefined;
    await db.dataSource.query(`UPDATE area SET name = 'Natural Language Processing'`);
    expect(await name()).toEqual(['MISS', 'Natural Language Processing']);
    expect(await name()).toEqual(['MISS', 'Natural Language Processing']);

    version = '2';
    expect(await name()).toEqual(['MISS', 'Natural Language Processing']);
    expect(await name()).toEqual(['HIT', 'Natural Language Processing']);
  });
});
