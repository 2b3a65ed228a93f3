import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface DropDown<Root extends HTMLElement, List extends HTMLElement> {
  open: boolean;
  toggle: () => void;
  /** The element holding the toggle and the list: a click outside it closes the drop-down. */
  rootRef: RefObject<Root | null>;
  /** The list: choosing one of its links or buttons closes the drop-down. */
  listRef: RefObject<List | null>;
}

/**
 * The open state of a drop-down under a toggle button. It closes when the reader chooses one of
 * its links or buttons, presses Escape, clicks elsewhere, or goes back or forward.
 *
 * It is not tied to the location: the router renders a new location in a transition, after the
 * URL has changed, so a menu opened while the next page loads would otherwise shut by itself
 * when that page arrives.
 */
export function useDropDown<Root extends HTMLElement, List extends HTMLElement>(): DropDown<Root, List> {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<Root>(null);
  const listRef = useRef<List>(null);
  const toggle = useCallback(() => setOpen((wasOpen) => !wasOpen), []);

  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      const chosen = listRef.current?.contains(target) && target.closest('a, button');
      if (chosen || !rootRef.current?.contains(target)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', close);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
      window.removeEventListener('popstate', close);
    };
  }, [open]);

  return { open, toggle, rootRef, listRef };
}
