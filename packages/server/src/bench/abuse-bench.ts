// Replays the hostile probes of issue 7 against a running server and reports, per probe, the
// server time, the reply size and the server's memory; then a normal paper query's latency
// while the probes run, against idle. A benchmark, not a test: it prints numbers.
// Usage: pnpm bench:abuse   (from the root; builds first, starts the server on a fresh embedded
//        database with the bundled sample, with rate limits raised so that probes are not 429s)
// Options: BENCH_ROUNDS=5 (each probe this many times); BENCH_PROBE_GAP_MS=0 (pause between
//          probes: 0 sends them back to back, which on 2 cores also measures the bench's own CPU)
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { PROBES } from './abuse-probes';
import { findFreePort } from '../db/free-port';

const PAPER = {
  query: `query ($slug: String!) { paper(slug: $slug) { title abstract authors { name } tasks { slug name }
    repositories { isOfficial repository { url stars } } results { modelName benchmark { slug }
    values { raw metric { name } } } } }`,
  variables: { slug: 'bert-pre-training-of-deep-bidirectional' },
};

interface Reply {
  status: number;
  bytes: number;
  serverMs: number;
  clientMs: number;
  code: string;
}

async function send(url: string, body: unknown): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const clientMs = performance.now() - started;
  const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  let code = 'OK';
  try {
    const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    code = json.errors?.[0]?.extensions?.code ?? 'OK';
  } catch {
    code = 'not JSON';
  }
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    serverMs: timing ? Number(timing[1]) : clientMs,
    clientMs,
    code,
  };
}

/** Resident and peak resident memory of a process, in MB, from /proc. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function startServer(): Promise<{ url: string; process: ChildProcess; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pwc-abuse-'));
  chmodSync(dataDir, 0o755); // the embedded Postgres runs as its own user when we are root
  const port = await findFreePort();
  const child = spawn(process.execPath, [join(__dirname, '../main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PWC_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PWC_RATE_LIMIT_REQUESTS: '1000000',
      PWC_RATE_LIMIT_COST: '1000000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function paperLatencies(url: string, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await send(url, PAPER)).clientMs);
  return out;
}

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const gapMs = Number(process.env.BENCH_PROBE_GAP_MS ?? 0);
  const server = await startServer();
  const graphql = `${server.url}/graphql`;
  const pid = server.process.pid!;
  try {
    // The reader runs in a thread of its own: building and sending the probes (some are
    // 300 KB) must not delay its requests in this thread's event loop. It measures idle first,
    // so both medians come from the same warmed-up client.
    const reader = new Worker(__filename, { workerData: { url: graphql } });
    const idle = median(await new Promise<number[]>((resolve) => reader.once('message', resolve)));
    const during = new Promise<number[]>((resolve) => reader.once('message', resolve));
    console.log(`Server pid ${pid}; memory after warm-up ${memory(pid).rss.toFixed(0)} MB`);
    console.log(
      `Each probe ${rounds} times, ${gapMs ? `${gapMs} ms apart` : 'back to back'}; ` +
        'a paper query runs alongside, back to back, in a thread of its own.\n',
    );

    const rows: string[][] = [];
    for (const probe of PROBES) {
      const replies: Reply[] = [];
      for (let i = 0; i < rounds; i++)
        replies.push(await send(graphql, { query: probe.query, variables: probe.variables }));
      const last = replies.at(-1)!;
      rows.push([
        probe.name,
        `${last.status} ${last.code}`,
        median(replies.map((r) => r.serverMs)).toFixed(1),
        Math.max(...replies.map((r) => r.serverMs)).toFixed(1),
        String(last.bytes),
        memory(pid).rss.toFixed(0),
      ]);
    }
    reader.postMessage('stop');
    const latencies = await during;

    const header = ['probe', 'answer', 'server ms (median)', 'server ms (max)', 'reply bytes', 'RSS MB'];
    printTable([header, ...rows]);
    const { peak } = memory(pid);
    const busy = median(latencies);
    console.log(`\nPeak server RSS over the whole run: ${peak.toFixed(0)} MB`);
    console.log(
      `Paper query median: idle ${idle.toFixed(1)} ms; during the probes ${busy.toFixed(1)} ms ` +
        `(${latencies.length} requests) = ${(busy / idle).toFixed(2)}x idle`,
    );
  } finally {
    await server.stop();
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`);
    if (index === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
}

/**
 * The reader thread: warms up, sends the latencies of 100 paper queries on an idle server, then
 * reads back to back until told to stop and sends those latencies.
 */
async function readPapers(url: string): Promise<void> {
  await paperLatencies(url, 30);
  parentPort!.postMessage(await paperLatencies(url, 100));
  let reading = true;
  parentPort!.once('message', () => (reading = false));
  const latencies: number[] = [];
  while (reading) latencies.push((await send(url, PAPER)).clientMs);
  parentPort!.postMessage(latencies);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  void readPapers((workerData as { url: string }).url);
}
