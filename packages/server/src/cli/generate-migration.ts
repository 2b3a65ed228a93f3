// Prints a migration class for whatever the entities need beyond the current migrations.
// Usage: node dist/cli/generate-migration.js <ClassName>   (DATABASE_URL of a migrated database)
import { createDataSource } from '../db/data-source';

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'Migration';
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const dataSource = await createDataSource({ url }).initialize();
  await dataSource.runMigrations();
  const log = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  const timestamp = Date.now();
  const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
    queries
      .map((q) => {
        const args = [JSON.stringify(q.query), ...(q.parameters?.length ? [JSON.stringify(q.parameters)] : [])];
        return `    await queryRunner.query(${args.join(', ')});`;
      })
      .join('\n');
  process.stdout.write(`import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(log.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(log.downQueries.reverse())}
  }
}
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
