import { readFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../../src/graphql/emit-schema';
import { printSchemaFile } from '../../src/graphql/print-schema';
import { createSchema } from '../../src/graphql/schema';

it('schema.graphql is the schema the code builds (run `pnpm schema:emit` after API changes)', async () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  expect(printSchemaFile(await createSchema())).toBe(committed);
});
