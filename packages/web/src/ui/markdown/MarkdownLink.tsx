import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ExternalLink } from '../ExternalLink';
import { internalPath } from './links';

/**
 * A link inside archive markdown: to our own page when it points at one of the old site's, an
 * in-page anchor (footnotes), or an external link, which is inert text unless it is http(s).
 * react-markdown's default urlTransform already empties javascript: and other unsafe hrefs;
 * this also keeps mailto:, relative and emptied ones from becoming links.
 */
export function MarkdownLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  const path = internalPath(href);
  if (path) return <Link to={path}>{children}</Link>;
  if (href?.startsWith('#')) return <a href={href}>{children}</a>;
  return (
    <ExternalLink href={href} nofollow>
      {children}
    </ExternalLink>
  );
}
