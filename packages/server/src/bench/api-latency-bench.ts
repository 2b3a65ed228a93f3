import { createServer } from 'node:http';
// Measures the server's latency for the queries people run most: a paper page and a 100-row
// leaderboard. Runs on a fresh embedded database with the bundled sample (or DATABASE_URL).
// Usage: pnpm bench   (from the root; builds first)
// Options: BENCH_REQUESTS=300; BENCH_URL=http://host/graphql to measure a running server instead.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { BUNDLED_SAMPLE_DIR } from '../archive/bundled-sample';
import { importArchive } from '../archive/import-archive';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { DEFAULT_REQUEST_LIMITS } from '../config';
import { createApi } from '../http/api';

const PAPER_QUERY = `query ($slug: String!) { paper(slug: $slug) {
  title abstract published proceeding urlAbs urlPdf authors { name } tasks { slug name }
  repositories { isOfficial repository { url framework stars } } methods { slug name }
  results { modelName benchmark { slug task { name } dataset { name } } values { raw value metric { name } } }
  relatedPapers { slug title published } } }`;

const LEADERBOARD_QUERY = `query ($slug: String!) { benchmark(slug: $slug) {
  task { name } dataset { name } metrics { name direction isNumeric }
  rows(first: 100) { totalCount edges { node { rank value { raw }
    result { modelName evaluatedOn usesAdditionalData codeLinks { url } paper { slug title } values { raw value metric { name } } } } } }
  sotaHistory { date value result { modelName } } } }`;

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 300);
  const local = process.env.BENCH_URL ? null : await startLocalServer();
  const url = process.env.BENCH_URL ?? local!.url;
  try {
    const targets = await pickTargets(url);
    console.log(
      `Server: ${url}; ${targets.papers} papers; largest leaderboard ${targets.leaderboard} (${targets.rows} rows)`,
    );
    console.log(`Requests per query: ${requests} (sequential, after 20 warm-up requests)\n`);
    const cases = [
      { name: `paper page (${targets.paper})`, query: PAPER_QUERY, variables: { slug: targets.paper } },
      {
        name: `leaderboard, 100 rows (${targets.leaderboard})`,
        query: LEADERBOARD_QUERY,
        variables: { slug: targets.leaderboard },
      },
    ];
    for (const { name, query, variables } of cases) {
      const timings = await measure(url, query, variables, requests);
      console.log(
        `${name}\n  median ${timings.median.toFixed(1)} ms   p95 ${timings.p95.toFixed(1)} ms   max ${timings.max.toFixed(1)} ms`,
      );
    }
  } finally {
    await local?.stop();
  }
}

/** BERT when the database has it, else the paper with results on the largest leaderboard. */
async function pickTargets(url: string) {
  const data = await post<{
    stats: { papers: number };
    bert: { slug: string } | null;
    benchmarks: {
      edges: {
        node: { slug: string; resultCount: number; best: { result: { paper: { slug: string } | null } } | null };
      }[];
    };
  }>(
    url,
    `{ stats { papers } bert: paper(slug: "bert-pre-training-of-deep-bidirectional") { slug }
    benchmarks(first: 1, orderBy: RESULT_COUNT_DESC) { edges { node { slug resultCount best { result { paper { slug } } } } } } }`,
  );
  const biggest = data.benchmarks.edges[0]?.node;
  if (!biggest) throw new Error('the database has no leaderboards');
  const paper = data.bert?.slug ?? biggest.best?.result.paper?.slug;
  if (!paper) throw new Error('found no paper with results');
  return { papers: data.stats.papers, paper, leaderboard: biggest.slug, rows: biggest.resultCount };
}

/** A server on a fresh embedded database with the bundled sample (or on DATABASE_URL). */
async function startLocalServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pwc-bench-'));
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, database: 'pwc_bench', ephemeral: true });
  const dataSource = await createDataSource({ url: process.env.DATABASE_URL ?? embedded!.url }).initialize();
  await dataSource.runMigrations();
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM paper')) as [{ count: number }];
  if (count === 0) await importArchive({ dataSource, files: [BUNDLED_SAMPLE_DIR] });
  const logger = pino({ level: 'silent' });
  // The bench replays one query many times: rate limits would only measure themselves.
  const limits = { ...DEFAULT_REQUEST_LIMITS, rateLimitRequests: 1_000_000, rateLimitCost: 1_000_000_000 };
  const { listener, graphql, close } = await createApi({ dataSource, logger, limits });
  const server = createServer(listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      server.close();
      await graphql.stop();
      await close();
      await dataSource.destroy();
      await embedded?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function post<T>(url: string, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function measure(url: string, query: string, variables: object, requests: number) {
  const once = async () => {
    const started = performance.now();
    await post(url, query, variables);
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) samples.push(await once());
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: samples.at(-1) ?? 0 };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
