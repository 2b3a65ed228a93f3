import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describeShape, sniffArchiveKind } from './sniff-archive-kind';

/** The five files of the archive, in the order they must be imported (dependencies first). */
export const ARCHIVE_KINDS = [
  'datasets',
  'methods',
  'papers-with-abstracts',
  'links-between-papers-and-code',
  'evaluation-tables',
] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

export interface ArchiveFile {
  path: string;
  kind: ArchiveKind;
  /** Why the file was taken for its kind, for the report: by its content, or by its name. */
  takenFor: string;
}

const ARCHIVE_FILE_NAME = /\.json(\.gz)?$/i;

/** The kind of an archive file from its name ("datasets.json.gz", "pwc-methods.json"), or null. */
export function archiveKindOf(path: string): ArchiveKind | null {
  const name = basename(path).toLowerCase();
  if (!ARCHIVE_FILE_NAME.test(name)) return null;
  // Longest names first so that "papers-with-abstracts" is not taken for anything shorter.
  const byLength = [...ARCHIVE_KINDS].sort((a, b) => b.length - a.length);
  return byLength.find((kind) => name.includes(kind)) ?? null;
}

/**
 * What an archive file is, by its content whatever its name (the shape of its first record,
 * gzipped or not); by its name only when the content cannot tell (an empty array, or a file too
 * broken to read, whose import then reports where it broke). Null with the reason otherwise.
 */
export async function recogniseArchiveFile(path: string): Promise<ArchiveFile | { kind: null; reason: string }> {
  const sniffed = await sniffArchiveKind(path);
  if (sniffed.kind !== null) {
    const { kind, record } = sniffed;
    return { path, kind, takenFor: `${kind}, by content: ${describeShape(kind, record)}` };
  }
  const named = archiveKindOf(path);
  if (named !== null) return { path, kind: named, takenFor: `${named}, by name: ${sniffed.reason}` };
  return { kind: null, reason: sniffed.reason };
}

/**
 * The archive files among the given files and folders (folders are searched one level deep; their
 * files that are no archive file are left out), in import order. A file given explicitly that is
 * no archive file is an error.
 */
export async function collectArchiveFiles(inputs: readonly string[]): Promise<ArchiveFile[]> {
  const files: ArchiveFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) throw new Error(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      for (const entry of (await readdir(input)).sort()) {
        const path = join(input, entry);
        if (!(await stat(path)).isFile()) continue;
        const file = await recogniseArchiveFile(path);
        if (file.kind !== null) files.push(file);
      }
      continue;
    }
    const file = await recogniseArchiveFile(input);
    if (file.kind === null) {
      throw new Error(
        `${input}: not an archive file: ${file.reason}; expected a JSON array (gzipped or not) of one of ${ARCHIVE_KINDS.join(', ')}`,
      );
    }
    files.push(file);
  }
  const unique = [...new Map(files.map((file) => [file.path, file])).values()];
  return unique.sort(
    (a, b) => ARCHIVE_KINDS.indexOf(a.kind) - ARCHIVE_KINDS.indexOf(b.kind) || a.path.localeCompare(b.path),
  );
}
