/**
 * The href for a URL from the data when it is an absolute http: or https: URL, else null.
 * Parsed as the browser parses an href (the URL standard): the scheme is case-insensitive and
 * leading spaces and control characters, tabs and newlines are ignored, so " JaVaScRiPt:…" and
 * "java\tscript:…" are javascript: URLs. The parsed form is returned: exactly what was checked.
 */
export function webHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
