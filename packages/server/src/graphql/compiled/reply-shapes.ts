import type { Page } from '../keyset-pagination';
import { NotCompilable } from './not-compilable';
import type { ResponseField } from './response-fields';

/**
 * The single entry named `name` among `fields`, or null. Two entries of one name (aliases with
 * different selections) would need separate shapes: such operations run through graphql-js.
 */
export function onlyEntry(fields: ResponseField[], name: string): ResponseField | null {
  const found = fields.filter((field) => field.name === name);
  if (found.length > 1) throw new NotCompilable(`${name} selected under two keys`);
  return found[0] ?? null;
}

/** What `node` selects inside a connection's `edges { node { … } }` (empty when not asked). */
export function connectionNodeEntries(connection: ResponseField): ResponseField[] {
  const node = onlyEntry(onlyEntry(connection.fields, 'edges')?.fields ?? [], 'node');
  return node?.fields ?? [];
}

const CONNECTION_FIELDS = new Set(['__typename', 'edges', 'pageInfo', 'totalCount']);
const EDGE_FIELDS = new Set(['__typename', 'cursor', 'node']);
const PAGE_INFO_FIELDS = new Set(['__typename', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

/** Throws NotCompilable unless connectionReply can shape what `connection` selects (nodes aside). */
export function checkConnection(connection: ResponseField): void {
  for (const field of connection.fields) {
    if (!CONNECTION_FIELDS.has(field.name)) throw new NotCompilable(`connection field ${field.name}`);
    const allowed = field.name === 'edges' ? EDGE_FIELDS : field.name === 'pageInfo' ? PAGE_INFO_FIELDS : null;
    for (const inner of allowed ? field.fields : []) {
      if (!allowed!.has(inner.name)) throw new NotCompilable(`connection field ${inner.name}`);
    }
  }
}

/** A plain object's reply: each entry read from `source` (or computed by `special`). */
export function objectReply(
  fields: ResponseField[],
  typeName: string,
  value: (field: ResponseField) => unknown,
): Record<string, unknown> {
  const reply: Record<string, unknown> = {};
  for (const field of fields) reply[field.key] = field.name === '__typename' ? typeName : value(field);
  return reply;
}

/**
 * A Relay connection's reply from a page whose nodes are already reply-shaped (by SQL): edges,
 * pageInfo and totalCount as the ConnectionType resolvers write them.
 */
export async function connectionReply(
  connection: ResponseField,
  page: Page<unknown>,
): Promise<Record<string, unknown>> {
  const typeName = connection.type!.name;
  const edgeType = typeName.replace(/Connection$/, 'Edge');
  const reply: Record<string, unknown> = {};
  for (const field of connection.fields) {
    if (field.name === '__typename') reply[field.key] = typeName;
    else if (field.name === 'edges') {
      reply[field.key] = page.edges.map((edge) =>
        objectReply(field.fields, edgeType, (inner) => (inner.name === 'cursor' ? edge.cursor : edge.node)),
      );
    } else if (field.name === 'pageInfo') {
      const info: Record<string, unknown> = {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      };
      reply[field.key] = objectReply(field.fields, 'PageInfo', (inner) => info[inner.name]);
    } else if (field.name === 'totalCount') reply[field.key] = await page.count();
    else throw new NotCompilable(`${typeName}.${field.name}`);
  }
  return reply;
}
