import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { toConnection, type ConnectionShape } from './connection.type';
import { paginateKeyset, type PageRequest, type SortKey } from './keyset-pagination';

/** One page of a filtered query as a Relay connection; totalCount is counted on demand. */
export async function connectionFromQuery<T extends ObjectLiteral>(
  ConnectionClass: new () => ConnectionShape<T>,
  query: SelectQueryBuilder<T>,
  sortKeys: SortKey[],
  page: PageRequest,
): Promise<ConnectionShape<T>> {
  const result = await paginateKeyset(query, sortKeys, page);
  return toConnection(ConnectionClass, result, () => query.clone().getCount());
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
