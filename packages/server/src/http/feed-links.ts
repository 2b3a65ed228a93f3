import { xmlText } from '../feeds/atom';

export interface FeedLink {
  href: string;
  title: string;
}

/**
 * The Atom feed of a web page, for its `<link rel="alternate">`: the latest papers on the home
 * page and /papers, a task's or area's latest papers on its page, a board's new states of the art
 * on its leaderboard page. Null for other pages.
 */
export function feedLinkOf(path: string): FeedLink | null {
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (normalized === '/' || normalized === '/papers') {
    return { href: '/feeds/papers.atom', title: 'Latest papers' };
  }
  const match = /^\/(task|area|sota)\/([^/]+)$/.exec(normalized);
  if (!match) return null;
  const href = `/${match[1]}/${match[2]}/feed.atom`;
  return { href, title: match[1] === 'sota' ? 'New state of the art on this leaderboard' : 'Latest papers' };
}

/**
 * The SPA's index.html with the page's feed link in its head (feed readers and crawlers read the
 * head without running the app; the app keeps the same element current as it navigates, by its
 * `data-feed` attribute).
 */
export function withFeedLink(html: string, link: FeedLink | null): string {
  if (!link) return html;
  const tag = `<link rel="alternate" type="application/atom+xml" data-feed title="${xmlText(link.title)}" href="${xmlText(link.href)}">`;
  return html.replace('</head>', `  ${tag}\n  </head>`);
}
