import 'katex/dist/katex.min.css';
import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { internalPath } from './links';
import { remarkPwcMath } from './remark-pwc-math';

/*
 * Raw HTML in the source is never rendered (react-markdown escapes it without rehype-raw), and
 * the tree is sanitized (GitHub's schema) before KaTeX turns the math nodes it kept
 * (`code.language-math`) into formulas, so only KaTeX's own markup is added after sanitizing.
 */
const remarkPlugins: ComponentProps<typeof ReactMarkdown>['remarkPlugins'] = [remarkGfm, remarkMath, remarkPwcMath];
const rehypePlugins: ComponentProps<typeof ReactMarkdown>['rehypePlugins'] = [
  rehypeSanitize,
  [rehypeKatex, { strict: false, throwOnError: false }],
];

const components: Components = {
  a: ({ href, children }) => {
    const path = internalPath(href);
    if (path) return <Link to={path}>{children}</Link>;
    const external = href !== undefined && /^https?:\/\//.test(href);
    return external ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <a href={href}>{children}</a>
    );
  },
  img: ({ src, alt }) => (typeof src === 'string' ? <img src={src} alt={alt ?? ''} loading="lazy" /> : null),
};

export function MarkdownRenderer({ children }: { children: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {children}
    </ReactMarkdown>
  );
}
