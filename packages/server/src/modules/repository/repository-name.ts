import { repoNameFromUrl } from '@pwc/shared';

/** owner/name of a repository URL (e.g. google-research/bert), or null when the URL has none. */
export function repositoryFullName(url: string): string | null {
  const { owner, name } = repoNameFromUrl(url);
  return owner && name ? `${owner}/${name}` : null;
}
