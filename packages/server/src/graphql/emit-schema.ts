import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaFile } from './print-schema';
import { createSchema } from './schema';

export const SCHEMA_FILE = resolve(__dirname, '../../schema.graphql');

if (require.main === module) {
  createSchema()
    .then((schema) => {
      writeFileSync(SCHEMA_FILE, printSchemaFile(schema));
      console.log(`Wrote ${SCHEMA_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
