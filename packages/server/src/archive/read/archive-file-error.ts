/** A file that cannot be read to the end: names the file and where reading stopped. */
export class ArchiveFileError extends Error {
  constructor(
    readonly file: string,
    readonly position: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason} (${position})`);
    this.name = 'ArchiveFileError';
  }
}
