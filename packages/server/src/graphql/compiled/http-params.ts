/** A GraphQL request as sent over HTTP, before anything is checked. */
export interface GraphQLParams {
  query?: string;
  operationName?: string;
  variables: Record<string, unknown>;
  /** The sha256 of an automatic persisted query. */
  persistedHash?: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The parameters of a single GraphQL request in a POST body (already parsed JSON) or a GET
 * query string, as Apollo reads them; null for anything unusual (batches, extensions other
 * than persisted queries, variables that are not an object, …), which Apollo then answers.
 */
export function graphqlParams(method: string, body: unknown, search: string): GraphQLParams | null {
  let raw: Record<string, unknown>;
  if (method === 'POST') {
    if (!isPlainObject(body)) return null;
    raw = body;
  } else if (method === 'GET') {
    const params = new URLSearchParams(search);
    raw = {};
    for (const name of ['query', 'operationName', 'variables', 'extensions']) {
      const value = params.get(name);
      if (value === null) continue;
      if (name === 'variables' || name === 'extensions') {
        try {
          raw[name] = JSON.parse(value);
        } catch {
          return null;
        }
      } else raw[name] = value;
    }
  } else return null;

  const { query, operationName, variables, extensions } = raw;
  if (query !== undefined && typeof query !== 'string') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && !isPlainObject(variables)) return null;
  let persistedHash: string | undefined;
  if (extensions != null) {
    if (!isPlainObject(extensions) || Object.keys(extensions).some((key) => key !== 'persistedQuery')) return null;
    const persisted = extensions.persistedQuery;
    if (!isPlainObject(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') return null;
    persistedHash = persisted.sha256Hash;
  }
  if (query === undefined && persistedHash === undefined) return null;
  return {
    query,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    persistedHash,
  };
}
