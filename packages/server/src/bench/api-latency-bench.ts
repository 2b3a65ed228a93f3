// Measures the server's latency for the queries people run most: a paper page and a 100-row
// leaderboard. Runs on a fresh embedded database with the bundled sample (or DATABASE_URL).
// Usage: pnpm bench   (from the root; builds first)   Options: BENCH_REQUESTS=300
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { BUNDLED_SAMPLE_DIR } from '../archive/bundled-sample';
import { importArchive } from '../archive/import-archive';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createSchema } from '../graphql/schema';
import { createApp } from '../http/app';
import { createGraphQLServer } from '../http/graphql-server';

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
  const dataDir = mkdtempSync(join(tmpdir(), 'pwc-bench-'));
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, database: 'pwc_bench', ephemeral: true });
  const dataSource = await createDataSource({ url: process.env.DATABASE_URL ?? embedded!.url }).initialize();
  const logger = pino({ level: 'silent' });
  try {
    await dataSource.runMigrations();
    const countPapers = async () =>
      ((await dataSource.query('SELECT count(*)::int AS count FROM paper')) as [{ count: number }])[0].count;
    if ((await countPapers()) === 0) await importArchive({ dataSource, files: [BUNDLED_SAMPLE_DIR] });
    const count = await countPapers();

    const graphql = createGraphQLServer(await createSchema(), logger);
    await graphql.start();
    const server = createApp({ dataSource, graphql, logger }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

    const [biggest] = (await dataSource.query(
      'SELECT b.slug, count(*)::int AS rows FROM benchmark b JOIN result r ON r.benchmark_id = b.id GROUP BY b.slug ORDER BY rows DESC LIMIT 1',
    )) as [{ slug: string; rows: number }];
    console.log(`Papers: ${count}; largest leaderboard: ${biggest.slug} (${biggest.rows} rows)`);
    console.log(`Requests per query: ${requests} (sequential, after 20 warm-up requests)\n`);

    const cases = [
      { name: 'paper page (BERT)', query: PAPER_QUERY, variables: { slug: 'bert-pre-training-of-deep-bidirectional' } },
      { name: `leaderboard, 100 rows (${biggest.slug})`, query: LEADERBOARD_QUERY, variables: { slug: biggest.slug } },
    ];
    for (const { name, query, variables } of cases) {
      const timings = await measure(url, query, variables, requests);
      console.log(
        `${name.padEnd(60)} median ${timings.median.toFixed(1)} ms   p95 ${timings.p95.toFixed(1)} ms   max ${timings.max.toFixed(1)} ms`,
      );
    }
    server.close();
    await graphql.stop();
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(url: string, query: string, variables: object, requests: number) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
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
