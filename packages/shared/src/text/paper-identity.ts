/*
 * Keys for recognising the same paper across sources: arXiv ids, normalised titles and
 * paperswithcode.com slugs.
 */

// yymm.nnnn(n) since 2007, with an optional version and ".pdf".
const NEW_STYLE_ID = String.raw`\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}`;
// archive(.SUBJECT-CLASS)/yymmnnn before 2007, e.g. "hep-th/9901001", "math.GT/0309136".
const OLD_STYLE_ID = String.raw`[a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?\/\d{7}`;

const ARXIV_URL = new RegExp(
  String.raw`^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/` +
    `(${NEW_STYLE_ID}|${OLD_STYLE_ID})` +
    String.raw`(?:v\d+)?(?:\.pdf)?\/?(?:[?#].*)?$`,
  'i',
);

/** The version-less arXiv id of an arxiv.org abs/pdf URL, or null for anything else. */
export function arxivIdFromUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const id = ARXIV_URL.exec(url.trim())?.[1];
  if (id === undefined) return null;
  // Archive names are lower-case; an old-style subject class keeps its upper case.
  const slash = id.indexOf('/');
  if (slash === -1) return id;
  const [archive = '', subjectClass] = id.slice(0, slash).split('.');
  const prefix = archive.toLowerCase() + (subjectClass === undefined ? '' : `.${subjectClass.toUpperCase()}`);
  return prefix + id.slice(slash);
}

/**
 * A title reduced for matching: lower case, no diacritics, no LaTeX markup, punctuation and
 * whitespace collapsed to single spaces. Letters of any script are kept.
 */
export function normalizeTitle(title: string | null | undefined): string {
  if (typeof title !== 'string') return '';
  return title
    .replace(/\\[a-zA-Z]+/g, ' ') // LaTeX commands such as \textbf or \alpha
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type PwcUrlKind = 'paper' | 'task' | 'dataset' | 'method' | 'sota';

/** The slug in a paperswithcode.com URL of the given kind, or null. */
export function slugFromPwcUrl(url: string | null | undefined, kind: PwcUrlKind): string | null {
  if (typeof url !== 'string') return null;
  const match = /^(?:https?:\/\/)?(?:www\.)?paperswithcode\.com\/([a-z]+)\/([^/?#\s]+)/i.exec(url.trim());
  if (match === null || match[1]?.toLowerCase() !== kind) return null;
  const slug = match[2] ?? '';
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug; // malformed percent-escape: keep the text as published
  }
}

/** The paper slug of a paperswithcode.com/paper/... URL, or null. */
export function paperSlugFromUrl(url: string | null | undefined): string | null {
  return slugFromPwcUrl(url, 'paper');
}

/**
 * The first day of the month an arXiv id was submitted in ("1810.04805" → "2018-10-01",
 * "hep-th/9901001" → "1999-01-01"), or null for anything that is not an arXiv id. New-style ids
 * exist since April 2007; old-style ids from August 1991 to March 2007.
 */
export function arxivIdMonth(id: string | null | undefined): string | null {
  if (typeof id !== 'string') return null;
  const yymm = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id) ?? /^[a-z-]+(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (yymm === null) return null;
  const yy = Number(yymm[1]);
  const month = Number(yymm[2]);
  if (month < 1 || month > 12) return null;
  const oldStyle = id.includes('/');
  const year = oldStyle ? (yy >= 91 ? 1900 + yy : 2000 + yy) : 2000 + yy;
  if ((oldStyle && (year > 2007 || (year === 2007 && month > 3))) || (!oldStyle && year * 100 + month < 200704))
    return null;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}
