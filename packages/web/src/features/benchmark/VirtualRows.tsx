import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualRowsProps {
  count: number;
  columnCount: number;
  renderRow: (index: number, measureRef: (element: Element | null) => void) => ReactNode;
  /** Receives a function that scrolls the window to a row. */
  onScrollApi: (scrollTo: (index: number) => void) => void;
}

const ESTIMATED_ROW_HEIGHT = 45;

/**
 * A table body that renders only the rows near the viewport (the page scrolls, not the table),
 * with spacer rows above and below so the scrollbar and row positions stay true.
 */
export function VirtualRows({ count, columnCount, renderRow, onScrollApi }: VirtualRowsProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const measure = () => {
      const body = bodyRef.current;
      if (body) setScrollMargin(Math.round(body.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Content above the table (the chart, notices) may change height after the first paint.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
    scrollMargin,
    // A row that is not laid out (display: none, or no layout engine) keeps its estimate.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_HEIGHT,
  });

  useLayoutEffect(() => {
    onScrollApi((index) => virtualizer.scrollToIndex(index, { align: 'center' }));
  }, [onScrollApi, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <tbody ref={bodyRef}>
      {before > 0 && (
        <tr aria-hidden="true" className="spacer">
          <td colSpan={columnCount} style={{ height: before }} />
        </tr>
      )}
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      {after > 0 && (
        <tr aria-hidden="true" className="spacer">
          <td colSpan={columnCount} style={{ height: after }} />
        </tr>
      )}
    </tbody>
  );
}
