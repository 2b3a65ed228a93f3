// Our API side by side with PostGraphile v4 and with hand-written SQL, on the same full-size
// database: requests per second (ours also with its response cache on, the same query repeated),
// latency, SQL statements per request, and the server's memory
// for a big leaderboard page against a small one. A benchmark, not a test: it prints numbers.
// Usage: pnpm bench:peer   (from the root; builds first; the first run builds the database in
//        .data/bench-peer, about 10 minutes, later runs reuse it)
// Options: BENCH_ROUNDS=3 BENCH_SECONDS=10 BENCH_CONNECTIONS=20; BENCH_LOAD=wrk (instead of
//          autocannon; WRK=/path/to/wrk); BENCH_PEER_REBUILD=1 rebuilds the database;
//          PGBENCH=/path/to/pgbench; BENCH_CASES=b,d measures only those queries (by their letter)
//          and skips the memory comparison, for quick looks while changing one path.
import 'reflect-metadata'; // config.ts (PROJECT_ROOT) loads the type-graphql cost rules
import { cpus, loadavg } from 'node:os';
import { openBenchDatabase, type BenchDatabase } from './bench-database';
import { benchCases, boardCase, type BenchCase } from './cases';
import { runWithCleanup, type ChildProcesses } from './child-processes';
import { checkSameData } from './data-check';
import { chooseGraphqlLoad, type GraphqlLoad, type LoadOptions, type LoadResult } from './load';
import { memoryOf, resetPeak } from './memory';
import { findOrInstallPgbench, loadSql } from './pgbench';
import { createPostgraphileFunctions } from './postgraphile-functions';
import { waitForQuietDatabase } from './quiet-database';
import { fixed, median, printTable, ratio } from './report';
import { DEFAULT_DATABASE_LIMITS } from '../../config';
import { POOL_SIZE, startOurServer, startPostgraphile } from './servers';
import { statementsPerRequest } from './statements';
import { pickTargets, type Targets } from './targets';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LOAD: LoadOptions = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
};
const WARM_UP: LoadOptions = { seconds: 2, connections: LOAD.connections };
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

// "ours cached": the same query repeated against our server with its response cache on, for
// the cached target of issue 8 (≥ 10× PostGraphile's req/s); "ours" has the cache off.
type Side = 'ours' | 'ours cached' | 'PostGraphile' | 'SQL';
const SIDES: Side[] = ['ours', 'ours cached', 'PostGraphile', 'SQL'];
/** How many times PostGraphile's req/s a cached query must reach (issue 8). */
const CACHED_TARGET = 10;
const UNCACHED: Side[] = ['ours', 'PostGraphile', 'SQL'];

interface Measured {
  benchCase: BenchCase;
  check: string;
  statements: { ours: number; PostGraphile: number };
  runs: Record<Side, LoadResult[]>;
}

runWithCleanup(async (processes) => {
  const pgbench = findOrInstallPgbench();
  const { name: generator, load: loadGraphql } = chooseGraphqlLoad(processes);
  const db = await openBenchDatabase(processes);
  const targets = await pickTargets(db.admin);
  const cases = chosenCases(benchCases(targets));
  console.log(`\n${targets.papers} papers. ${cpus().length} cores, load average ${loadAverage()} (1, 5, 15 minutes).`);
  // Memory first, on fresh processes started from the build this run began with.
  if (!process.env.BENCH_CASES) await printMemory(processes, db, targets, loadGraphql);

  const ours = await startOurServer(processes, db.url);
  const oursCached = await startOurServer(processes, db.url, { cached: true });
  const peer = await startPostgraphile(processes, db.url);
  console.log(
    `\nEach server: a pool of ${POOL_SIZE} database connections (ours also its pipelined ones: PWC_DB_PIPELINES, ` +
      `${DEFAULT_DATABASE_LIMITS.readPipelines} by default here). Load (${generator}): ${LOAD.connections} connections × ${LOAD.seconds} s, ` +
      `${ROUNDS} rounds, the four sides taking turns (first place rotates each round).\n`,
  );

  const measured: Measured[] = [];
  for (const benchCase of cases) {
    const check = await checkSameData(benchCase, ours, peer, db.admin);
    const statements = {
      ours: await statementsPerRequest(db.admin, ours.url, benchCase.ours),
      PostGraphile: await statementsPerRequest(db.admin, peer.url, benchCase.peer),
    };
    console.log(`${benchCase.name}: ${benchCase.detail}\n  ${check}`);
    measured.push({ benchCase, check, statements, runs: { ours: [], 'ours cached': [], PostGraphile: [], SQL: [] } });
  }

  const runSide = async (side: Side, benchCase: BenchCase, options: LoadOptions): Promise<LoadResult> => {
    await waitForQuietDatabase(db.admin);
    if (side === 'ours') return loadGraphql(ours.url, benchCase.ours, options);
    if (side === 'ours cached') return loadGraphql(oursCached.url, benchCase.ours, options);
    if (side === 'PostGraphile') return loadGraphql(peer.url, benchCase.peer, options);
    return loadSql(processes, pgbench, db.url, benchCase.sql, options);
  };

  console.log('\nWarming up…');
  for (const { benchCase } of measured) for (const side of SIDES) await runSide(side, benchCase, WARM_UP);
  for (let round = 0; round < ROUNDS; round++) {
    const order = SIDES.map((_, i) => SIDES[(i + round) % SIDES.length]!);
    for (const entry of measured) {
      for (const side of order) entry.runs[side].push(await runSide(side, entry.benchCase, LOAD));
    }
    const perRound = measured.map((m) => SIDES.map((s) => fixed(m.runs[s][round]!.requestsPerSecond)).join('/'));
    console.log(`round ${round + 1}: req/s ${SIDES.join('/')} per query: ${perRound.join(', ')}`);
  }
  printResults(measured);
  console.log(`\nLoad average at the end: ${loadAverage()}`);
});

/** The cases BENCH_CASES names by letter (`b,d` → (b) and (d)); all of them without it. */
function chosenCases(cases: BenchCase[]): BenchCase[] {
  const letters = process.env.BENCH_CASES?.split(',').map((letter) => letter.trim().toLowerCase());
  if (!letters) return cases;
  const chosen = cases.filter((benchCase) => letters.some((letter) => benchCase.name.startsWith(`(${letter})`)));
  if (chosen.length === 0) throw new Error(`BENCH_CASES=${process.env.BENCH_CASES} names none of the queries (a to e)`);
  return chosen;
}

function printResults(measured: Measured[]): void {
  const rows = [
    [
      'query',
      'ours req/s',
      'ours cached req/s',
      'PostGraphile req/s',
      'SQL req/s',
      'ours/PostGraphile',
      'cached/PostGraphile',
      'ours/SQL',
      'p50 ms ours/PG/SQL',
      'p99 ms ours/PG/SQL',
      'statements ours/PostGraphile',
    ],
  ];
  const failures: string[] = [];
  for (const { benchCase, statements, runs } of measured) {
    const rps = (side: Side) => median(runs[side].map((r) => r.requestsPerSecond));
    // Latency of the uncached sides: the cached one answers from memory.
    const latency = (key: 'p50Ms' | 'p99Ms') => UNCACHED.map((side) => fixed(median(runs[side].map((r) => r[key])), 1));
    rows.push([
      benchCase.name,
      fixed(rps('ours')),
      fixed(rps('ours cached')),
      fixed(rps('PostGraphile')),
      fixed(rps('SQL')),
      ratio(rps('ours'), rps('PostGraphile')),
      ratio(rps('ours cached'), rps('PostGraphile')),
      ratio(rps('ours'), rps('SQL')),
      latency('p50Ms').join(' / '),
      latency('p99Ms').join(' / '),
      `${fixed(statements.ours, 1)} / ${fixed(statements.PostGraphile, 1)}`,
    ]);
    for (const side of SIDES) {
      const failed = runs[side].reduce((sum, r) => sum + r.failures, 0);
      if (failed) failures.push(`${benchCase.name}, ${side}: ${failed} failed requests`);
      if (runs[side].some((r) => r.requestsPerSecond === 0)) {
        failures.push(`${benchCase.name}, ${side}: a run in which no request finished`);
      }
    }
  }
  console.log(`\nMedians of ${ROUNDS} rounds (SQL: pgbench, one statement per request):\n`);
  printTable(rows);
  const belowTarget = measured.filter(({ runs }) => {
    const cached = median(runs['ours cached'].map((r) => r.requestsPerSecond));
    return !(cached >= CACHED_TARGET * median(runs.PostGraphile.map((r) => r.requestsPerSecond)));
  });
  console.log(
    `\nCached (same query repeated) ≥ ${CACHED_TARGET}× PostGraphile's req/s: ` +
      (belowTarget.length ? `not met by ${belowTarget.map((m) => m.benchCase.name).join(', ')}` : 'met by every query'),
  );
  for (const failure of failures) console.log(`WARNING ${failure}`);
  console.log('');
  for (const { benchCase, check } of measured) console.log(`${benchCase.name}: ${check}`);
}

/**
 * Memory per request: each server fresh for each page (so one page's heap does not count for the
 * other), warmed up, then its peak RSS under the same load as the main runs.
 */
async function printMemory(
  processes: ChildProcesses,
  db: BenchDatabase,
  targets: Targets,
  loadGraphql: GraphqlLoad,
): Promise<void> {
  // The middle page has the largest page's reply size on a board a tenth of its size: it tells
  // what the board's size costs apart from the page's.
  const pages = [
    boardCase(`10-row page of a small board`, targets.smallBoard, 10),
    boardCase(`100-row page of a mid-size board`, targets.midBoard, 100),
    boardCase(`100-row page of the largest board`, targets.largestBoard, 100),
  ];
  const rows = [['server', 'page', 'board', 'RSS after warm-up MB', `peak RSS under load MB`, 'req/s']];
  // Ours first: its start applies pending migrations before PostGraphile reads the schema.
  for (const start of [startOurServer, startPostgraphile]) {
    if (start === startPostgraphile) await createPostgraphileFunctions(db.admin);
    for (const page of pages) {
      await waitForQuietDatabase(db.admin);
      const server = await start(processes, db.url);
      const pid = server.process.pid!;
      const request = server.name === 'ours' ? page.ours : page.peer;
      await loadGraphql(server.url, request, WARM_UP);
      const idle = memoryOf(pid).rssMb;
      resetPeak(pid);
      const result = await loadGraphql(server.url, request, LOAD);
      rows.push([
        server.name,
        page.name,
        page.detail,
        fixed(idle),
        fixed(memoryOf(pid).peakMb),
        fixed(result.requestsPerSecond) + (result.failures ? ` (${result.failures} failed)` : ''),
      ]);
      await processes.stop(server.process);
    }
  }
  console.log(
    `\nServer memory (${LOAD.connections} connections × ${LOAD.seconds} s per page, a fresh process each):\n`,
  );
  printTable(rows);
}
