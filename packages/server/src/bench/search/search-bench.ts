// Measures search on the full-size synthetic database: 200 queries (names, common words, typos,
// authors, prefixes), each as typeahead (Query.suggest, as the header asks) and as a full search
// (Query.search, as the search page asks), and the facets of the papers matching it (Query.paperFacets),
// with the server's own time (its Server-Timing header).
// Usage: pnpm bench:search   (from the root; builds first)
// The database is .data/bench-search (BENCH_SEARCH_DIR), made once by `pwc generate` + `pwc import`
// as bench:peer makes its own; pending migrations run on it on start.
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import { DEFAULT_REQUEST_LIMITS, PROJECT_ROOT } from '../../config';
import { createDataSource } from '../../db/data-source';
import { startEmbeddedPostgres } from '../../db/embedded-postgres';
import { createApi } from '../../http/api';
import { benchQueries, type BenchQuery } from './search-queries';
import { FACETS_OPERATION, SEARCH_OPERATION, SUGGEST_OPERATION } from './search-operations';

const POSTGRES_DIR = join(process.env.BENCH_SEARCH_DIR ?? join(PROJECT_ROOT, '.data/bench-search'), 'postgres');
/**
 * Each query is sent this many times; the first round only warms Postgres's caches, and a query's
 * time is the median of the others (on a shared machine, one sample catches whatever else ran then).
 */
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 4);

interface Sample {
  query: BenchQuery;
  ms: number;
}

async function main(): Promise<void> {
  console.log(`Starting the full-size database in ${POSTGRES_DIR}…`);
  const embedded = await startEmbeddedPostgres({ dataDir: POSTGRES_DIR, database: 'pwc' });
  const dataSource = await createDataSource({ url: embedded.url }).initialize();
  try {
    const pending = await dataSource.showMigrations();
    if (pending) console.log('Running pending migrations (indexes over the whole database: a minute or two)…');
    await dataSource.runMigrations();
    const [counts] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM paper)::int AS papers, (SELECT count(*) FROM author)::int AS authors,
              (SELECT count(*) FROM method)::int AS methods, (SELECT count(*) FROM task)::int AS tasks,
              (SELECT count(*) FROM dataset)::int AS datasets`,
    )) as [Record<string, number>];
    console.log(
      `${counts.papers} papers, ${counts.authors} authors, ${counts.methods} methods, ${counts.tasks} tasks, ${counts.datasets} datasets`,
    );
    const queries = await benchQueries(dataSource);
    const server = await startServer(dataSource);
    try {
      const typeahead = await measure(server.url, SUGGEST_OPERATION, queries, (q) => ({ query: q.text, perType: 4 }));
      const full = await measure(server.url, SEARCH_OPERATION, queries, (q) => ({ query: q.text, first: 20 }));
      const facets = await measure(server.url, FACETS_OPERATION, queries, (q) => ({ filter: { query: q.text } }));
      report(queries, typeahead, full, facets);
    } finally {
      await server.stop();
    }
  } finally {
    await dataSource.destroy();
    await embedded.stop();
  }
}

async function startServer(dataSource: Awaited<ReturnType<ReturnType<typeof createDataSource>['initialize']>>) {
  const logger = pino({ level: 'silent' });
  // No response cache (none is configured) and no rate limits: every request reaches the database.
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
    },
  };
}

/** Each query's server time (Server-Timing): the median of rounds 2 to ROUNDS, round 1 warming up. */
async function measure(
  url: string,
  operation: string,
  queries: BenchQuery[],
  variablesOf: (query: BenchQuery) => object,
): Promise<Sample[]> {
  const times = queries.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, query] of queries.entries()) {
      const ms = await serverTime(url, operation, variablesOf(query));
      if (round > 0) times[i]!.push(ms);
    }
  }
  return queries.map((query, i) => ({ query, ms: percentile(times[i]!, 0.5) }));
}

async function serverTime(url: string, query: string, variables: object): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)} for ${JSON.stringify(variables)}`);
  const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  if (!timing) throw new Error('the reply has no Server-Timing');
  return Number(timing[1]);
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

function report(queries: BenchQuery[], typeahead: Sample[], full: Sample[], facets: Sample[]): void {
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const row = (label: string, samples: Sample[]) => {
    const ms = samples.map((s) => s.ms);
    const cell = (q: number) => percentile(ms, q).toFixed(1).padStart(6);
    return `| ${label.padEnd(30)} | ${String(ms.length).padStart(7)} | ${cell(0.5)} | ${cell(0.95)} | ${cell(0.99)} | ${Math.max(
      ...ms,
    )
      .toFixed(1)
      .padStart(6)} |`;
  };
  console.log(
    `\nServer time in ms (Server-Timing), one request at a time; per query the median of ${ROUNDS - 1} rounds after a warm-up round:\n`,
  );
  console.log('| operation                      | queries |    p50 |    p95 |    p99 |    max |');
  console.log('| ------------------------------ | ------: | -----: | -----: | -----: | -----: |');
  for (const [name, samples] of [
    ['typeahead (suggest)', typeahead],
    ['full search (search)', full],
    ['paper facets (paperFacets)', facets],
  ] as const) {
    console.log(row(`**${name}**`, samples));
    for (const kind of kinds)
      console.log(
        row(
          `  ${kind}`,
          samples.filter((s) => s.query.kind === kind),
        ),
      );
  }
  const slowest = [...full].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\nSlowest full searches: ${slowest.map((s) => `"${s.query.text}" ${s.ms.toFixed(1)} ms`).join(', ')}`);
  const slowTypeahead = [...typeahead].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`Slowest typeahead: ${slowTypeahead.map((s) => `"${s.query.text}" ${s.ms.toFixed(1)} ms`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
