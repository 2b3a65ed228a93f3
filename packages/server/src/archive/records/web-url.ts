/**
 * Whether text is an absolute http: or https: URL, parsed the way browsers parse an href (the
 * URL standard): the scheme is case-insensitive and leading spaces, control characters, tabs
 * and newlines are ignored, so " JaVaScRiPt:…" and "java\tscript:…" are javascript: URLs.
 * Only such URLs may become links; anything else (javascript:, data:, vbscript:, relative or
 * unparsable text) stays text.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
