import { chmod, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../logger';

/**
 * As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to pass
 * through every folder above its binaries and its data (a clone in a `mktemp -d` folder is
 * 0700). Adds only the search bit for others (never read) where it is missing, and says so.
 */
export async function letPostgresTraverse(paths: string[], logger: Logger): Promise<void> {
  const seen = new Set<string>();
  for (const path of paths) {
    for (let dir = path; !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      const mode = (await stat(dir).catch(() => null))?.mode;
      if (mode !== undefined && (mode & 0o001) === 0) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        logger.info({ dir }, 'allowed other users to pass through this folder, for the embedded PostgreSQL');
      }
      if (dir === dirname(dir)) break;
    }
  }
}
