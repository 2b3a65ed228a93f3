import type { SqlType } from '../../graphql/sql-projection';

export const AUTHOR_SQL: SqlType = { table: 'author', keys: { id: 'id' }, columns: { name: 'name' } };
