import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

/** Writes count records as one gzipped JSON array, one record at a time (bounded memory). */
export async function writeJsonArray(path: string, count: number, record: (index: number) => unknown): Promise<void> {
  const gzip = createGzip({ level: 1 });
  const file = createWriteStream(path);
  gzip.pipe(file);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  await write('[');
  for (let i = 0; i < count; i++) await write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(record(i))}`);
  await write('\n]\n');
  gzip.end();
  await once(file, 'close');
}
