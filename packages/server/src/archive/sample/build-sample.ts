// Builds packages/server/sample-archive from the real Papers with Code files (CC-BY-SA 4.0).
// Usage: node dist/archive/sample/build-sample.js <folder of the real data> [<output folder>]
// The folder holds evaluation-tables/*.json, methods/methods.*.json.gz and api-v1/*.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUNDLED_SAMPLE_DIR } from '../bundled-sample';
import { sampleDatasets } from './sample-datasets';
import { bertEvaluationTables } from './sample-evaluation-tables';
import { sampleLinks } from './sample-links';
import { samplePapers } from './sample-papers';

type Json = Record<string, unknown>;

function readJson<T>(path: string): T {
  const bytes = readFileSync(path);
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as T;
}

function writeArchiveFile(folder: string, name: string, records: unknown[]): void {
  // One record per line keeps the files diffable once unzipped; gzip's mtime is 0, so builds are reproducible.
  const text = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  writeFileSync(join(folder, name), gzipSync(text, { level: 9 }));
}

function main(source: string, output: string): void {
  const tableFolder = join(source, 'evaluation-tables');
  const tables = readdirSync(tableFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => readJson<Json[]>(join(tableFolder, file)));
  const allTables = [...tables, ...bertEvaluationTables()];
  writeArchiveFile(output, 'evaluation-tables.json.gz', allTables);

  const methodsFile = readdirSync(join(source, 'methods')).find((file) => file.endsWith('.json.gz'));
  if (methodsFile === undefined) throw new Error(`no methods dump in ${join(source, 'methods')}`);
  const methods = readJson<Json[]>(join(source, 'methods', methodsFile));
  writeArchiveFile(output, 'methods.json.gz', methods);

  const list = readJson<{ results: Json[] }>(join(source, 'api-v1', 'paper_list_response.json')).results;
  const gan = readJson<Json>(join(source, 'api-v1', 'paper_get_response.json'));
  const ganMethods = readJson<{ results: Json[] }>(join(source, 'api-v1', 'paper_method_list_response.json')).results;
  writeArchiveFile(output, 'papers-with-abstracts.json.gz', samplePapers(list, gan, ganMethods, methods, allTables));
  writeArchiveFile(output, 'links-between-papers-and-code.json.gz', sampleLinks());
  writeArchiveFile(output, 'datasets.json.gz', sampleDatasets());
}

const [source, output = BUNDLED_SAMPLE_DIR] = process.argv.slice(2);
if (source === undefined) {
  process.stderr.write('Usage: build-sample <folder of the real data> [<output folder>]\n');
  process.exitCode = 2;
} else {
  main(source, output);
}
