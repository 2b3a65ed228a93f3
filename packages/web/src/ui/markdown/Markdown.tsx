import { lazy, Suspense } from 'react';

// The markdown, math and sanitizing libraries (and KaTeX's fonts) load only when a page shows markdown.
const MarkdownRenderer = lazy(async () => ({
  default: (await import('./MarkdownRenderer')).MarkdownRenderer,
}));

/**
 * Markdown with $LaTeX$ from the archive (task, dataset and method descriptions), rendered
 * sanitized. Until the renderer has loaded, the text is shown as it is, so nothing jumps.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')}>
      <Suspense fallback={<p className="markdown__plain">{children}</p>}>
        <MarkdownRenderer>{children}</MarkdownRenderer>
      </Suspense>
    </div>
  );
}
