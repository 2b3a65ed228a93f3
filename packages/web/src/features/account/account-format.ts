/**
 * A DateTime of the API (an ISO string; typed `unknown` by the generated types) in the reader's
 * time zone, e.g. "26 Nov 2026, 07:05".
 */
export function formatDateTime(value: unknown): string {
  return new Date(String(value)).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A short name for a browser from its User-Agent, e.g. "Chrome on Linux". */
export function browserName(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : /curl|python|node|Go-http/i.test(userAgent)
            ? 'A script'
            : 'A browser';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return system ? `${browser} on ${system}` : browser;
}

export const ROLE_LABELS: Record<string, { label: string; what: string }> = {
  CONTRIBUTOR: { label: 'Contributor', what: 'Your changes are reviewed by a moderator before they are published.' },
  TRUSTED: { label: 'Trusted contributor', what: 'Your changes are published directly.' },
  MODERATOR: { label: 'Moderator', what: 'You review, approve, reject and revert changes.' },
  ADMIN: { label: 'Admin', what: 'You also give and take roles.' },
};
