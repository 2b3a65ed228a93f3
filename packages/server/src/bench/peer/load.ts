import autocannon from 'autocannon';
import type { GraphqlRequest } from './cases';
import type { ChildProcesses } from './child-processes';
import { findOrInstallWrk, loadGraphqlWithWrk } from './wrk';

/** One measured run: throughput and latency, from autocannon or pgbench. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * Connection errors, timeouts, non-2xx answers and answers that differ from the one asked for
   * before the run (an error inside a 200 answer among them): a run with any is not a clean number.
   */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** Sends one GraphQL request over and over (see loadGraphql). */
export type GraphqlLoad = (url: string, request: GraphqlRequest, options: LoadOptions) => Promise<LoadResult>;

/**
 * The load generator of BENCH_LOAD: autocannon (the default), or wrk, which leaves the servers
 * more of the two cores (wrk.ts).
 */
export function chooseGraphqlLoad(processes: ChildProcesses): { name: string; load: GraphqlLoad } {
  const choice = process.env.BENCH_LOAD ?? 'autocannon';
  if (choice === 'autocannon') return { name: 'autocannon', load: loadGraphql };
  if (choice !== 'wrk') throw new Error(`BENCH_LOAD must be autocannon or wrk, not ${choice}`);
  const wrk = findOrInstallWrk();
  return {
    name: 'wrk',
    load: async (url, request, options) => {
      const body = JSON.stringify(request);
      return loadGraphqlWithWrk(processes, wrk, url, body, await expectedReply(url, body), options);
    },
  };
}

/** The answer every reply must then match; an answer with errors ends the run. */
async function expectedReply(url: string, body: string): Promise<string> {
  const expected = await fetch(url, { method: 'POST', headers: JSON_CONTENT, body }).then((r) => r.text());
  if (/"errors"\s*:/.test(expected)) throw new Error(`${url} answered with errors: ${expected.slice(0, 500)}`);
  return expected;
}

/**
 * Sends the same GraphQL request over `connections` keep-alive connections for `seconds` with
 * autocannon, after asking once for the answer every reply must then match.
 */
export async function loadGraphql(url: string, request: GraphqlRequest, options: LoadOptions): Promise<LoadResult> {
  const body = JSON.stringify(request);
  const expected = await expectedReply(url, body);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: JSON_CONTENT,
    body,
    expectBody: expected,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.non2xx + result.mismatches,
  };
}

const JSON_CONTENT = { 'content-type': 'application/json' };

/** One request, its `data`; GraphQL errors are thrown. */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: JSON_CONTENT, body: JSON.stringify(request) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}
