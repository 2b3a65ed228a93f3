import type { Sql } from '../write/sql';

const PAGE_SIZE = 1000;

/**
 * The rows of a statement in id order, a page at a time (keyset: the statement takes the last id
 * seen as $1 and the page size as $2, and returns an `id` column).
 */
export async function* pagesById<Row extends { id: number }>(sql: Sql, statement: string): AsyncGenerator<Row> {
  let after = 0;
  for (;;) {
    const rows = await sql.query<Row>(statement, [after, PAGE_SIZE]);
    yield* rows;
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_SIZE) return;
    after = last.id;
  }
}
