import { repoNameFromUrl } from '@pwc/shared';

/**
 * The identity of a code repository: https://<host>/<owner>/<name> without "/tree/...", ".git"
 * or a trailing slash, so the same repository linked in different ways is one row. URLs that
 * do not name a repository are kept as published (trimmed, no trailing slash).
 */
export function normalizeRepositoryUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  const { host, owner, name } = repoNameFromUrl(trimmed);
  if (host !== '' && owner !== null && name !== null) return `https://${host}/${owner}/${name}`;
  return trimmed.replace(/\/+$/, '');
}

/** Whether a leaderboard code link points at a repository host (rows also link to papers, blogs, ...). */
export function isRepositoryUrl(url: string): boolean {
  const { host, owner, name } = repoNameFromUrl(url);
  return (
    owner !== null &&
    name !== null &&
    /^(github\.com|gitlab\.com|bitbucket\.org|gitee\.com|huggingface\.co)$/.test(host)
  );
}
