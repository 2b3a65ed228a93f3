import { createHash } from 'node:crypto';

/** One GraphQL request of the parity corpus. */
export interface ParityRequest {
  /** Where it comes from, e.g. `web PaperPage {"slug":"…"}`; names it in failures. */
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * How the request travels: a POST; a GET with the operation in the query string; an automatic
 * persisted query registered over GET (query and hash), then asked for by its hash alone.
 */
export type Transport = 'post' | 'get' | 'persisted-register' | 'persisted-hash';

/** What must be the same on both paths. */
export interface ParityReply {
  status: number;
  contentType: string | null;
  body: string;
}

export interface ServedReply extends ParityReply {
  /** The server-timing header says the compiled read path answered. */
  compiled: boolean;
}

export async function send(url: string, request: ParityRequest, transport: Transport = 'post'): Promise<ServedReply> {
  const response = transport === 'post' ? await post(url, request) : await fetch(getUrl(url, request, transport));
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
    compiled: /desc="compiled"/.test(response.headers.get('server-timing') ?? ''),
  };
}

function post(url: string, { query, variables, operationName }: ParityRequest): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
}

/** The GET URL of a request; undefined parts are left out, as clients do. */
export function getUrl(url: string, { query, variables, operationName }: ParityRequest, transport: Transport): string {
  const search = new URLSearchParams();
  if (transport !== 'persisted-hash') search.set('query', query);
  if (variables) search.set('variables', JSON.stringify(variables));
  if (operationName) search.set('operationName', operationName);
  if (transport !== 'get') {
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    search.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  }
  return `${url}/graphql?${search}`;
}

/**
 * Where two replies differ, short enough to read in a failure: the first differing stretch of the
 * body. Bodies must be the same byte for byte, with one allowance: the order of several errors.
 * graphql-js lists errors in the order their resolvers fail, a race between branches that load
 * concurrently, so Apollo itself answers such an operation in either order from one run to the next.
 */
export function difference(compiled: ServedReply, apollo: ServedReply): string | undefined {
  const parts: string[] = [];
  if (compiled.status !== apollo.status) parts.push(`status ${compiled.status} ≠ ${apollo.status}`);
  if (compiled.contentType !== apollo.contentType) {
    parts.push(`content-type ${compiled.contentType} ≠ ${apollo.contentType}`);
  }
  if (compiled.body !== apollo.body && !sameUpToErrorOrder(compiled.body, apollo.body)) {
    let at = 0;
    while (compiled.body[at] === apollo.body[at]) at++;
    const excerpt = (body: string) => JSON.stringify(body.slice(Math.max(0, at - 80), at + 160));
    parts.push(
      `body differs at ${at}:\n  compiled-on${compiled.compiled ? ' (served compiled)' : ''}:  ${excerpt(compiled.body)}` +
        `\n  compiled-off: ${excerpt(apollo.body)}`,
    );
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** The same bytes once each reply's errors (two or more) are put in one order. */
function sameUpToErrorOrder(a: string, b: string): boolean {
  const [ca, cb] = [withSortedErrors(a), withSortedErrors(b)];
  return ca !== undefined && ca === cb;
}

/** The body with its errors array sorted, everything else byte for byte as sent. */
function withSortedErrors(body: string): string | undefined {
  let errors: unknown;
  try {
    errors = (JSON.parse(body) as { errors?: unknown }).errors;
  } catch {
    return undefined;
  }
  if (!Array.isArray(errors) || errors.length < 2) return undefined;
  // Apollo writes the reply with JSON.stringify, so the array appears exactly so in the body.
  const sent = JSON.stringify(errors);
  if (!body.includes(sent)) return undefined;
  const sorted = `[${errors
    .map((e) => JSON.stringify(e))
    .sort()
    .join(',')}]`;
  return body.replace(sent, sorted);
}
