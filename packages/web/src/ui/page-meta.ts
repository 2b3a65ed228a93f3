import { useEffect } from 'react';

export const SITE_NAME = 'Papers with Code 2';
export const SITE_DESCRIPTION =
  'Papers, code, tasks, datasets, methods and state-of-the-art leaderboards for machine-learning research.';

export interface PageMeta {
  /** The page's own title; the site name is appended. */
  title?: string;
  /** The meta description; the site's description when absent. */
  description?: string | null;
  /** Keep the page out of search indexes (not-found and error pages). */
  noindex?: boolean;
}

function metaTag(name: string): HTMLMetaElement {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (tag === null) {
    tag = document.createElement('meta');
    tag.name = name;
    document.head.appendChild(tag);
  }
  return tag;
}

/** Up to `max` characters, cut at a word boundary, for meta descriptions. */
export function summarize(text: string | null | undefined, max = 160): string | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** Sets the document title and meta description while the page is shown. */
export function usePageMeta({ title, description, noindex = false }: PageMeta): void {
  useEffect(() => {
    document.title = title ? `${title} | ${SITE_NAME}` : SITE_NAME;
    metaTag('description').content = description?.trim() || SITE_DESCRIPTION;
    const robots = metaTag('robots');
    robots.content = noindex ? 'noindex' : 'index, follow';
  }, [title, description, noindex]);
}
