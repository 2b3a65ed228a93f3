import autocannon from 'autocannon';
import type { GraphqlRequest } from './cases';

/** One measured run: throughput and latency, from autocannon or pgbench. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers: a run with any is not a clean number. */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** Sends the same GraphQL request over `connections` keep-alive connections for `seconds`. */
export async function loadGraphql(url: string, request: GraphqlRequest, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.non2xx,
  };
}

/** One request, its `data`; GraphQL errors are thrown. */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}
