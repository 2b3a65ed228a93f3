import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaFile } from '../../src/graphql/print-schema';
import { createSchema } from '../../src/graphql/schema';

it('schema.graphql is the schema the code builds (run `pnpm schema:emit` after API changes)', async () => {
  const committed = readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8');
  expect(printSchemaFile(await createSchema())).toBe(committed);
});
