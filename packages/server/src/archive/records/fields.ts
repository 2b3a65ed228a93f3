/*
 * Tolerant readers for archive fields: every field except the key fields may be missing, null,
 * "" or of an unexpected type, so each reader returns null (or []) rather than failing.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Postgres text cannot hold NUL characters; they are the only change made to imported text.
export function withoutNul(value: string): string {
  return value.includes('\u0000') ? value.split('\u0000').join('') : value;
}

/** Text as published (not trimmed), or null when absent or blank. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return null;
  const clean = withoutNul(value);
  return clean.trim() === '' ? null : clean;
}

/** Trimmed text for names and keys, or null when blank. */
export function name(value: unknown): string | null {
  return text(value)?.trim() ?? null;
}

export function textList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    const clean = name(item);
    if (clean !== null) out.push(clean);
  }
  return out;
}

export function objectList(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function bool(value: unknown): boolean {
  return value === true || value === 'true' || value === 1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const LATEST_PLAUSIBLE_YEAR = new Date().getUTCFullYear() + 1;

/**
 * A YYYY-MM-DD date when the text holds a real calendar date in a plausible range; the archive
 * has "" and outliers such as the year 2222, which would distort every timeline.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value.trim());
  if (match === null) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1900 || y > LATEST_PLAUSIBLE_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return match[0];
}

export interface Link {
  title: string;
  url: string;
}

/** {title, url} links with a URL; a missing title becomes the URL. */
export function links(value: unknown): Link[] {
  return objectList(value).flatMap((link) => {
    const url = name(link.url);
    return url === null ? [] : [{ title: text(link.title) ?? url, url }];
  });
}
