import type { ReactNode } from 'react';
import { webHref } from './web-url';

/**
 * A link that leaves the site, opened in a new tab without handing over the opener. URLs come
 * from the archive, so only http(s) URLs become links: anything else (javascript:, data:, …) is
 * shown as inert text.
 */
export function ExternalLink({
  href,
  children,
  className,
  title,
  nofollow = false,
}: {
  href: string | null | undefined;
  children: ReactNode;
  className?: string;
  title?: string;
  /** For links inside archive text, which search engines should not take as our endorsement. */
  nofollow?: boolean;
}) {
  const safeHref = webHref(href);
  if (safeHref === null) {
    return (
      <span className="inert-link" title={href ? `Not a web address: ${href}` : title}>
        {children}
      </span>
    );
  }
  return (
    <a
      href={safeHref}
      className={className}
      title={title}
      target="_blank"
      rel={nofollow ? 'noopener noreferrer nofollow' : 'noopener noreferrer'}
    >
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
