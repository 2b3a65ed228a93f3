import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities.
 * Empty when the migrations fully describe the entities.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((query) => query.query);
}
