import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

export interface TextChunk {
  text: string;
  /** Bytes of the file on disk consumed so far (compressed bytes for .gz). */
  fileBytesRead: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Whether the file starts with the gzip magic number, whatever its name says. */
export async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/**
 * The file's text in chunks, gunzipped when it is gzip. Pulling chunks one at a time keeps
 * memory bounded: nothing is read ahead beyond the streams' own buffers.
 */
export async function* openTextStream(path: string): AsyncGenerator<TextChunk> {
  const gzip = await isGzipFile(path);
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let fileBytesRead = 0;
  file.on('data', (chunk) => (fileBytesRead += chunk.length));
  const source = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on('error', (error) => source.destroy(error));
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (text.length > 0) yield { text, fileBytesRead };
    }
    const rest = decoder.end();
    if (rest.length > 0) yield { text: rest, fileBytesRead };
  } finally {
    file.destroy();
    source.destroy();
  }
}
