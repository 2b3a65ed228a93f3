/**
 * A small Atom 1.0 (RFC 4287) writer. Every text and attribute goes through `xmlText`, so
 * imported titles and abstracts stay text whatever they contain (a `<script>` in a title is
 * written as `&lt;script&gt;`), and characters XML 1.0 cannot hold are dropped.
 */

export interface AtomEntry {
  /** A permanent IRI; unique within the feed. */
  id: string;
  title: string;
  /** ISO date or timestamp. */
  updated: string;
  published?: string | null;
  /** The page the entry is about. */
  link: string;
  authors?: readonly string[];
  summary?: string | null;
  categories?: readonly string[];
}

export interface AtomFeed {
  /** The feed's own URL (also its id). */
  self: string;
  /** The web page the feed follows. */
  page: string;
  title: string;
  subtitle?: string;
  entries: readonly AtomEntry[];
  /** When the feed has no entries: its updated date. */
  emptyUpdated: string;
}

const SITE = 'Papers with Code 2';
const RIGHTS = 'Data: the Papers with Code archive, CC-BY-SA 4.0';

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const NOT_XML_CHAR = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an element or a double-quoted attribute. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An RFC 3339 timestamp from a date (YYYY-MM-DD, midnight UTC) or a timestamp. */
export function atomDate(value: string | Date): string {
  const date =
    value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const element = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;

function entryXml(entry: AtomEntry): string {
  const lines = [
    element('id', entry.id),
    `<title type="text">${xmlText(entry.title)}</title>`,
    element('updated', atomDate(entry.updated)),
    ...(entry.published ? [element('published', atomDate(entry.published))] : []),
    link('alternate', 'text/html', entry.link),
    ...(entry.authors ?? []).map((name) => `<author>${element('name', name)}</author>`),
    ...(entry.categories ?? []).map((term) => `<category term="${xmlText(term)}"/>`),
    ...(entry.summary ? [`<summary type="text">${xmlText(entry.summary)}</summary>`] : []),
  ];
  return `  <entry>\n    ${lines.join('\n    ')}\n  </entry>`;
}

/** The feed as an Atom document; updated is the newest entry's. */
export function atomXml(feed: AtomFeed): string {
  const newest = feed.entries.map((entry) => atomDate(entry.updated)).sort();
  const updated = newest.at(-1) ?? atomDate(feed.emptyUpdated);
  const head = [
    element('id', feed.self),
    `<title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`<subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`] : []),
    element('updated', updated),
    link('self', 'application/atom+xml', feed.self),
    link('alternate', 'text/html', feed.page),
    // Entries without authors (papers the archive names none for) take the feed's.
    `<author>${element('name', SITE)}</author>`,
    element('rights', RIGHTS),
    element('generator', SITE),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${head.join('\n  ')}`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
