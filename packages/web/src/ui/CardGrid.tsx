import type { ReactNode } from 'react';

/**
 * A responsive grid of cards, one list item per item. With `empty`, an empty list shows that
 * note instead of the grid.
 */
export function CardGrid<T extends { id: string }>({
  items,
  empty,
  children,
}: {
  items: readonly T[];
  empty?: string;
  /** Renders the card for one item. */
  children: (item: T) => ReactNode;
}) {
  if (empty !== undefined && items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="card-grid">
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  );
}
