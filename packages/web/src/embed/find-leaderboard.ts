/** Plain JSON objects of a GraphQL reply. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface SotaStep {
  date: string;
  value: number;
}

export interface FoundLeaderboard {
  /** The nodes of the connection's edges, in the order the API ranked them. */
  rows: Json[];
  totalCount?: number;
  /** The object the connection is a field of (a benchmark, when the query selects one). */
  board?: Json;
  /** A state-of-the-art history selected beside the rows (or anywhere in the reply). */
  sota?: SotaStep[];
}

const looksLikeRow = (node: unknown) => isObject(node) && ('rank' in node || 'result' in node || 'value' in node);

function isConnection(key: string, value: unknown): value is Json & { edges: unknown[] } {
  if (!isObject(value) || !Array.isArray(value.edges)) return false;
  const first = (value.edges[0] as Json | undefined)?.node;
  // An empty page is a leaderboard only where a board keeps its rows.
  return first === undefined ? key === 'rows' : looksLikeRow(first);
}

const isSotaHistory = (value: unknown): value is SotaStep[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((step) => isObject(step) && typeof step.date === 'string' && typeof step.value === 'number');

/** Every object in the reply, depth first, with the object that holds it. */
function* walk(value: unknown, parent?: Json): Generator<[string, unknown, Json | undefined]> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item, parent);
  else if (isObject(value))
    for (const [key, child] of Object.entries(value)) {
      yield [key, child, value];
      yield* walk(child, value);
    }
}

/**
 * The first leaderboard connection in a reply, whatever the query around it: `benchmark { rows }`,
 * a task's boards, aliases, fragments. Rows are the edges' nodes; the history is the first list
 * of `{ date, value }` steps, preferably beside the rows.
 */
export function findLeaderboard(data: unknown): FoundLeaderboard | undefined {
  for (const [key, value, holder] of walk(data)) {
    if (!isConnection(key, value)) continue;
    const rows = value.edges.map((edge) => (isObject(edge) && isObject(edge.node) ? edge.node : {}));
    const totalCount = typeof value.totalCount === 'number' ? value.totalCount : undefined;
    const besideRows = holder ? Object.values(holder).find(isSotaHistory) : undefined;
    let sota = besideRows;
    if (!sota) for (const [, candidate] of walk(data)) if (isSotaHistory(candidate)) sota = sota ?? candidate;
    return { rows, totalCount, board: holder, sota };
  }
  return undefined;
}
