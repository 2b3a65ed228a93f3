import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A displayed formula (KaTeX's span.katex-display). One wider than the column scrolls sideways
 * (styles.css); while it does, it takes keyboard focus so that it can be scrolled without a
 * mouse (axe: scrollable-region-focusable). One that fits is no tab stop.
 */
export function DisplayFormula({ className, children }: { className: string; children?: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <span ref={ref} className={className} tabIndex={scrolls ? 0 : undefined}>
      {children}
    </span>
  );
}
