import { sha256Hex } from './sha256';

export interface GraphQLReply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs a query with GET and an automatic persisted-query hash, so the URL is short and the same
 * for every reader: browsers and CDNs keep the reply (the API sends Cache-Control and an ETag).
 * The first reader of a new query meets PERSISTED_QUERY_NOT_FOUND and registers it with a second
 * GET that carries the query too. No custom headers: a simple CORS request, without a preflight.
 */
export async function persistedGet(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<GraphQLReply> {
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } });
  const get = async (withQuery: boolean): Promise<GraphQLReply> => {
    const url = new URL(endpoint, document.baseURI);
    if (withQuery) url.searchParams.set('query', query);
    if (Object.keys(variables).length) url.searchParams.set('variables', JSON.stringify(variables));
    url.searchParams.set('extensions', extensions);
    const response = await fetch(url, { signal });
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as GraphQLReply;
  };
  const reply = await get(false);
  const notFound = reply.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
  return notFound ? get(true) : reply;
}
