import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

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
 * The archive files among the given files and folders (folders are searched one level deep),
 * in import order. Names that are not archive files are an error when given explicitly.
 */
export async function collectArchiveFiles(inputs: readonly string[]): Promise<ArchiveFile[]> {
  const files: ArchiveFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) throw new Error(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      for (const entry of (await readdir(input)).sort()) {
        const kind = archiveKindOf(entry);
        if (kind !== null) files.push({ path: join(input, entry), kind });
      }
      continue;
    }
    const kind = archiveKindOf(input);
    if (kind === null) {
      throw new Error(
        `${input}: not an archive file; expected a name containing one of ${ARCHIVE_KINDS.join(', ')} and ending in .json or .json.gz`,
      );
    }
    files.push({ path: input, kind });
  }
  const unique = [...new Map(files.map((file) => [file.path, file])).values()];
  return unique.sort((a, b) => ARCHIVE_KINDS.indexOf(a.kind) - ARCHIVE_KINDS.indexOf(b.kind));
}
