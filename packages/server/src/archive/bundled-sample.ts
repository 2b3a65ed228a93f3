import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The sample archive shipped with the server (packages/server/sample-archive), found from both
 * src/archive (ts-jest, ts-node) and dist/archive (the build): both are two levels below the package.
 */
export const BUNDLED_SAMPLE_DIR: string = resolve(__dirname, '..', '..', 'sample-archive');

/** The bundled sample's files, in import order. */
export function bundledSampleFiles(): string[] {
  return [
    'datasets.json.gz',
    'methods.json.gz',
    'papers-with-abstracts.json.gz',
    'links-between-papers-and-code.json.gz',
    'evaluation-tables.json.gz',
  ]
    .map((file) => join(BUNDLED_SAMPLE_DIR, file))
    .filter((file) => existsSync(file));
}
