import 'katex/dist/katex.min.css';
import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { MarkdownLink } from './MarkdownLink';
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
  a: ({ href, children }) => <MarkdownLink href={href}>{children}</MarkdownLink>,
  img: ({ src, alt }) => (typeof src === 'string' ? <img src={src} alt={alt ?? ''} loading="lazy" /> : null),
};

export function MarkdownRenderer({ children }: { children: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {children}
    </ReactMarkdown>
  );
}
