import { useEffect } from 'react';

/**
 * Keeps the page's Atom feed in the document head (`<link rel="alternate" data-feed>`, the same
 * element the server writes into the first page it serves) while the page is shown.
 */
export function useFeedLink(href: string | null, title: string): void {
  useEffect(() => {
    if (!href) return;
    let link = document.head.querySelector<HTMLLinkElement>('link[data-feed]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/atom+xml';
      link.setAttribute('data-feed', '');
      document.head.appendChild(link);
    }
    link.href = href;
    link.title = title;
    const shown = link;
    return () => shown.remove();
  }, [href, title]);
}

/** The page's feed: in the head for feed readers, and as a visible link. */
export function FeedLink({ href, title, label = 'Atom feed' }: { href: string; title: string; label?: string }) {
  useFeedLink(href, title);
  return (
    <a className="feed-link" href={href} type="application/atom+xml" title={title}>
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
        <circle cx="3" cy="13" r="2" fill="currentColor" />
        <path d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {label}
    </a>
  );
}
