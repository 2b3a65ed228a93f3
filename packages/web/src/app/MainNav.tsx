import { useId, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useDropDown } from '../ui/use-drop-down';

export interface NavItem {
  to: string;
  label: string;
}

/**
 * The main navigation: a row of links on wide screens; on narrow ones a "Menu" button opening
 * them as a drop-down, so the header keeps its height. Closes when a link is chosen, on Escape and on
 * a click elsewhere.
 * `phoneItems` (list items) end the drop-down on phones only, where the header has no room for them.
 */
export function MainNav({ items, phoneItems }: { items: readonly NavItem[]; phoneItems?: ReactNode }) {
  const listId = useId();
  const { open, toggle, rootRef, listRef } = useDropDown<HTMLElement, HTMLUListElement>();

  return (
    <nav aria-label="Main" className={open ? 'site-nav is-open' : 'site-nav'} ref={rootRef}>
      <button type="button" className="site-nav__toggle" aria-expanded={open} aria-controls={listId} onClick={toggle}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="2" />
        </svg>
        Menu
      </button>
      <ul id={listId} className="site-nav__list" ref={listRef}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{item.label}</NavLink>
          </li>
        ))}
        {phoneItems && (
          <li className="site-nav__phone-only">
            <ul>{phoneItems}</ul>
          </li>
        )}
      </ul>
    </nav>
  );
}
