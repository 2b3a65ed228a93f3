import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { pendingSchemaChanges } from './schema-drift';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('describe every entity: TypeORM finds nothing left to change', async () => {
    expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);
  });

  it('create snake_case tables for the whole graph', async () => {
    const rows: { table_name: string }[] = await db.dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['paper', 'paper_author', 'task_parent', 'benchmark', 'metric', 'result', 'result_value']),
    );
  });

  it('index every foreign key column', async () => {
    const unindexed: { table: string; column: string }[] = await db.dataSource.query(`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND NOT EXISTS (
        SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]
      )`);
    expect(unindexed).toEqual([]);
  });
});
