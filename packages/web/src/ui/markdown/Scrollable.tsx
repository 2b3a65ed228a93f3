import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/*
 * A displayed formula or a code block wider than the column (on a phone) scrolls sideways
 * (styles.css); while it does, it takes keyboard focus so that it can be scrolled without a
 * mouse (axe: scrollable-region-focusable). One that fits is no tab stop.
 */

function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

/** KaTeX's span.katex-display. */
export function DisplayFormula({ className, children }: { className: string; children?: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <span ref={ref} className={className} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </span>
  );
}

/** A code block's <pre> (also the About page's citation and the share panel's snippets). */
export function CodeBlock({ className, children }: { className?: string; children?: ReactNode }) {
  const ref = useRef<HTMLPreElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <pre ref={ref} className={className} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </pre>
  );
}
