import type { DataSource } from 'typeorm';
import { connectionFromQuery, likePattern } from '../../graphql/connection-from-query';
import type { ConnectionShape } from '../../graphql/connection.type';
import type { PageRequest, SortKey } from '../../graphql/keyset-pagination';
import { Method } from './method.entity';
import { MethodOrder, type MethodFilter } from './method.inputs';

const SORT_KEYS: Record<MethodOrder, SortKey[]> = {
  [MethodOrder.NAME_ASC]: [
    { sql: 'lower(method.name)', type: 'text', direction: 'ASC' },
    { sql: 'method.id', type: 'int', direction: 'ASC' },
  ],
  [MethodOrder.PAPER_COUNT_DESC]: [
    { sql: '(SELECT count(*) FROM paper_method pm WHERE pm.method_id = method.id)', type: 'bigint', direction: 'DESC' },
    { sql: 'method.id', type: 'int', direction: 'ASC' },
  ],
  [MethodOrder.INTRODUCED_YEAR_DESC]: [
    { sql: 'coalesce(method.introduced_year, 0)', type: 'int', direction: 'DESC' },
    { sql: 'method.id', type: 'int', direction: 'ASC' },
  ],
};

export function listMethods(
  dataSource: DataSource,
  ConnectionClass: new () => ConnectionShape<Method>,
  filter: MethodFilter,
  order: MethodOrder,
  page: PageRequest,
): Promise<ConnectionShape<Method>> {
  const query = dataSource.getRepository(Method).createQueryBuilder('method');
  if (filter.collection != null) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM method_collection_member mm JOIN method_collection c ON c.id = mm.collection_id
               WHERE mm.method_id = method.id AND c.slug = :collection)`,
      { collection: filter.collection },
    );
  }
  if (filter.area != null) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM method_collection_member mm JOIN method_collection c ON c.id = mm.collection_id
               JOIN area a ON a.id = c.area_id WHERE mm.method_id = method.id AND a.slug = :area)`,
      { area: filter.area },
    );
  }
  if (filter.query?.trim()) {
    query.andWhere('(method.name ILIKE :pattern OR method.full_name ILIKE :pattern)', {
      pattern: likePattern(filter.query.trim()),
    });
  }
  return connectionFromQuery(ConnectionClass, query, SORT_KEYS[order], page);
}
