import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * Writes the records as one gzipped JSON array, one record a line, as the archive's files are;
 * records are pulled one at a time, so memory is bounded by a page of records. Returns how many.
 */
export async function writeJsonArrayFile(path: string, records: AsyncIterable<unknown>): Promise<number> {
  let count = 0;
  async function* text(): AsyncGenerator<string> {
    yield '[';
    for await (const record of records) {
      yield `${count === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
      count++;
    }
    yield '\n]\n';
  }
  await pipeline(Readable.from(text()), createGzip(), createWriteStream(path));
  return count;
}
