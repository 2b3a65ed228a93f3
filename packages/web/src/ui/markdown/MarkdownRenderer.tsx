import 'katex/dist/katex.min.css';
import './markdown.css';
import { useMemo, type ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { extractMath } from './math-source';
import { MarkdownLink } from './MarkdownLink';
import { remarkPwcMath } from './remark-pwc-math';
import { CodeBlock, DisplayFormula } from './Scrollable';

/*
 * The formulas are cut out of the text before markdown parses it and put back as math nodes
 * after (math-source, remark-pwc-math), as the old site did. Raw HTML in the source is never
 * rendered (react-markdown shows it as text without rehype-raw), and the tree is sanitized
 * (GitHub's schema, plus the two classes that mark a formula inline or displayed) before KaTeX
 * turns the math nodes into formulas, so only KaTeX's own markup is added after sanitizing.
 */
const schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
};

type Plugins = NonNullable<ComponentProps<typeof ReactMarkdown>['remarkPlugins']>;

const rehypePlugins: ComponentProps<typeof ReactMarkdown>['rehypePlugins'] = [
  [rehypeSanitize, schema],
  [rehypeKatex, { strict: false, throwOnError: false }],
];

const components: Components = {
  a: ({ href, children }) => <MarkdownLink href={href}>{children}</MarkdownLink>,
  img: ({ src, alt }) => (typeof src === 'string' ? <img src={src} alt={alt ?? ''} loading="lazy" /> : null),
  pre: ({ children }) => <CodeBlock>{children}</CodeBlock>,
  // Every span of KaTeX's markup passes here; only a displayed formula's outer one is changed.
  span: ({ node: _node, className, children, ...rest }) =>
    className === 'katex-display' ? (
      <DisplayFormula className={className}>{children}</DisplayFormula>
    ) : (
      <span className={className} {...rest}>
        {children}
      </span>
    ),
};

export function MarkdownRenderer({ children }: { children: string }) {
  const { markdown, remarkPlugins } = useMemo(() => {
    const { markdown, formulas } = extractMath(children);
    const plugins: Plugins = [remarkGfm, [remarkPwcMath, { formulas }]];
    return { markdown, remarkPlugins: plugins };
  }, [children]);
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {markdown}
    </ReactMarkdown>
  );
}
