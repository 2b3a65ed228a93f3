import { ArchiveFileError } from './archive-file-error';
import { JsonArraySplitter, JsonShapeError } from './json-array-splitter';
import { openTextStream } from './open-text-stream';

export interface ArchiveRecord {
  value: unknown;
  /** 0-based position of the record in the file's array. */
  index: number;
}

export interface ReadProgress {
  fileBytesRead: number;
}

/**
 * Streams the elements of the JSON array in a .json or .json.gz file, parsing one element at a
 * time. Any failure (truncated gzip, invalid JSON, not an array) becomes an ArchiveFileError
 * naming the file and the position.
 */
export async function* readJsonArray(
  path: string,
  progress: ReadProgress = { fileBytesRead: 0 },
): AsyncGenerator<ArchiveRecord> {
  const splitter = new JsonArraySplitter();
  let index = 0;
  let charactersRead = 0;
  const where = (offset = charactersRead) =>
    `record ${splitter.completed}, character ${offset}, after ${progress.fileBytesRead} bytes of the file`;
  try {
    for await (const chunk of openTextStream(path)) {
      progress.fileBytesRead = chunk.fileBytesRead;
      for (const element of splitter.push(chunk.text)) {
        yield { value: parseElement(path, element.text, element.offset, index), index };
        index++;
      }
      charactersRead += chunk.text.length;
    }
    splitter.end();
  } catch (error) {
    if (error instanceof ArchiveFileError) throw error;
    if (error instanceof JsonShapeError) throw new ArchiveFileError(path, where(error.offset), error.message);
    throw new ArchiveFileError(path, where(), describeReadError(error));
  }
}

function parseElement(path: string, text: string, offset: number, index: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const inner = /position (\d+)/.exec(message)?.[1];
    const at = inner === undefined ? offset : offset + Number(inner);
    throw new ArchiveFileError(path, `record ${index}, character ${at}`, `invalid JSON: ${message.slice(0, 200)}`);
  }
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message))
    return 'truncated gzip data (unexpected end of file)';
  if (code?.startsWith('Z_')) return `corrupt gzip data: ${message}`;
  return message;
}
