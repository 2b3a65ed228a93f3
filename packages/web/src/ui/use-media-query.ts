import { useSyncExternalStore } from 'react';

/** The width at which the stylesheet lays pages out for phones (styles.css, `max-width: 640px`). */
export const PHONE_QUERY = '(max-width: 640px)';

/** Whether the media query matches now; re-renders when that changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener?.('change', onChange);
      return () => list?.removeEventListener?.('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
