import { parse } from 'graphql';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { DEFAULT_COST_BUDGET } from '../../src/graphql/limits/cost-rules';
import { createCostEstimator } from '../../src/graphql/limits/query-cost';
import { createSchema } from '../../src/graphql/schema';
import {
  benchPeerRequests,
  firstPageCursors,
  pickTargets,
  playgroundRequests,
  secondPage,
  valuePools,
  webOperationNames,
  webRequests,
  type Targets,
} from '../support/parity-corpus';
import { difference, getUrl, send, type ParityRequest, type Transport } from '../support/parity-requests';
import { RandomOperations, type RandomOperation } from '../support/random-operations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

// The compiled read path answers some operations without graphql-js; whatever it answers must be
// byte for byte what Apollo answers. Two servers over one database, neither with a response cache
// (every request runs): compiled reads on, and off.
const SEED = Number(process.env.PARITY_SEED ?? 20_261_126);
const GENERATED = 420;
/** Every GET_EVERY-th generated operation also goes over GET, and as a persisted query. */
const GET_EVERY = 6;

let db: TestDatabase;
let compiledOn: TestServer;
let compiledOff: TestServer;
let targets: Targets;

/** Which requests the compiled path served, on each server, by label and transport. */
const served: { label: string; transport: Transport; on: boolean; off: boolean }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
  compiledOn = await startTestServer(db.dataSource, { compiledReads: true });
  compiledOff = await startTestServer(db.dataSource, { compiledReads: false });
  targets = await pickTargets(compiledOff);
});
afterAll(async () => {
  await compiledOn?.close();
  await compiledOff?.close();
  await db?.drop();
});

/** Sends the request to both servers; the difference when there is one, and the Apollo reply. */
async function compare(request: ParityRequest, transport: Transport = 'post') {
  const [on, off] = await Promise.all([
    send(compiledOn.url, request, transport),
    send(compiledOff.url, request, transport),
  ]);
  served.push({ label: request.label, transport, on: on.compiled, off: off.compiled });
  const problem = difference(on, off);
  return { apollo: off, mismatch: problem && `${request.label} (${transport}): ${problem}` };
}

/** Compares every request and, for paged operations, their second page too. */
async function mismatchesOf(requests: ParityRequest[]): Promise<string[]> {
  const mismatches: string[] = [];
  for (const request of requests) {
    const { apollo, mismatch } = await compare(request);
    if (mismatch) mismatches.push(mismatch);
    const next = secondPage(request, apollo.body);
    if (next) {
      const page2 = await compare(next);
      if (page2.mismatch) mismatches.push(page2.mismatch);
    }
  }
  return mismatches;
}

describe('the web app’s operations', () => {
  it.each(webOperationNames())('%s answers the same compiled and through Apollo', async (name) => {
    expect(await mismatchesOf(webRequests(name, targets))).toEqual([]);
  });
});

it('the playground’s examples answer the same', async () => {
  expect(await mismatchesOf(playgroundRequests(targets))).toEqual([]);
});

it('the bench:peer queries of our side answer the same', async () => {
  expect(await mismatchesOf(benchPeerRequests(targets))).toEqual([]);
});

describe(`${GENERATED} random operations (seed ${SEED}; set PARITY_SEED to change it)`, () => {
  let operations: RandomOperation[];

  beforeAll(async () => {
    const schema = await createSchema();
    const cost = createCostEstimator(schema);
    // Mostly within the budget, so that they run; the rest must be refused the same way.
    const withinBudget = ({ query, variables }: RandomOperation) => {
      try {
        return cost(parse(query), variables) <= DEFAULT_COST_BUDGET;
      } catch {
        return true; // an invalid `first`: its error is part of the test
      }
    };
    const generator = new RandomOperations(
      schema,
      valuePools(targets, await firstPageCursors(compiledOff, targets)),
      SEED,
    );
    operations = Array.from({ length: GENERATED }, () => generator.next(withinBudget));
  });

  const request = ({ query, variables }: RandomOperation, i: number): ParityRequest => ({
    label: `seed ${SEED} #${i}\n${query}\nvariables ${JSON.stringify(variables)}\n`,
    query,
    variables,
  });

  it('answer the same over POST', async () => {
    const mismatches: string[] = [];
    const outcomes = { data: 0, errors: 0, invalid: 0 };
    for (const [i, operation] of operations.entries()) {
      const { apollo, mismatch } = await compare(request(operation, i));
      if (mismatch) mismatches.push(mismatch);
      outcomes[apollo.body.includes('"errors":') ? 'errors' : 'data']++;
      if (apollo.body.includes('GRAPHQL_VALIDATION_FAILED')) outcomes.invalid++;
    }
    expect(mismatches).toEqual([]);
    // The corpus mostly runs, rather than stopping at validation or the cost budget.
    expect(outcomes.data).toBeGreaterThan(GENERATED / 2);
    expect(outcomes.errors).toBeGreaterThan(0);
    // The generator writes valid documents; its errors are those of arguments.
    expect(outcomes.invalid).toBe(0);
  });

  it('answer the same over GET and as automatic persisted queries (registered, then by hash alone)', async () => {
    const mismatches: string[] = [];
    const sent = operations
      .map((operation, i) => request(operation, i))
      .filter((r, i) => i % GET_EVERY === 0 && getUrl('http://x', r, 'get').length < 6_000);
    for (const r of sent) {
      for (const transport of ['get', 'persisted-register', 'persisted-hash'] as const) {
        const { mismatch } = await compare(r, transport);
        if (mismatch) mismatches.push(mismatch);
      }
    }
    expect(sent.length).toBeGreaterThan(GENERATED / GET_EVERY / 2);
    expect(mismatches).toEqual([]);
  });
});

describe('the compiled path is exercised', () => {
  // The search page's ranked list (Query.search) goes through Apollo; its paper list is compiled.
  const HOT_WEB_OPERATIONS = ['PaperPage', 'LeaderboardPage', 'SearchPapers'];

  it('serves the bench:peer queries and the web’s paper, leaderboard and paper search lists compiled, only when on', async () => {
    const hot = [
      ...benchPeerRequests(targets),
      ...HOT_WEB_OPERATIONS.flatMap((name) => webRequests(name, targets).slice(0, 1)),
    ];
    const notCompiled: string[] = [];
    for (const r of hot) {
      const [on, off] = await Promise.all([send(compiledOn.url, r), send(compiledOff.url, r)]);
      if (!on.compiled) notCompiled.push(r.label);
      expect(off.compiled).toBe(false);
    }
    const onCount = served.filter((s) => s.on).length;
    console.log(`compiled-on server: ${onCount} of ${served.length} replies served compiled`);
    expect(served.filter((s) => s.off)).toEqual([]);
    expect(notCompiled).toEqual([]);
  });
});

describe('the compiled path’s headers', () => {
  /** Headers whose values differ by design: per request, per server or per moment. */
  const VARYING = new Set(['x-request-id', 'date', 'server-timing', 'etag', 'ratelimit']);
  /** Framing: the front sends a known length, Express's compression streams in chunks. */
  const FRAMING = new Set(['content-length', 'transfer-encoding']);

  /** The reply's headers: names with their values, except the varying ones (names only). */
  const headersOf = (response: Response) =>
    [...response.headers]
      .filter(([name]) => !FRAMING.has(name))
      .map(([name, value]) => (VARYING.has(name) ? name : `${name}: ${value}`))
      .sort();

  it.each(['post', 'get'] as const)('are those of the Apollo path, over %s', async (transport) => {
    const [request] = benchPeerRequests(targets);
    const url = (base: string) => (transport === 'get' ? getUrl(base, request!, 'get') : `${base}/graphql`);
    const init = (): RequestInit =>
      transport === 'get'
        ? { headers: { 'accept-encoding': 'gzip' } }
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
            body: JSON.stringify({ query: request!.query, variables: request!.variables }),
          };
    const [on, off] = await Promise.all([fetch(url(compiledOn.url), init()), fetch(url(compiledOff.url), init())]);
    const [onBody, offBody] = await Promise.all([on.text(), off.text()]);
    expect(on.headers.get('server-timing')).toMatch(/desc="compiled"/);
    expect(onBody).toBe(offBody);
    expect(on.status).toBe(off.status);
    expect(headersOf(on)).toEqual(headersOf(off));
    if (transport === 'get') expect(on.headers.get('etag')).toBe(off.headers.get('etag'));
  });
});
