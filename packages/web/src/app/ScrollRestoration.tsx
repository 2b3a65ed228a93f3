import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * The scrolling the data router's <ScrollRestoration> did, for the declarative router: a new page
 * opens at its top (or at its #fragment), Back and Forward return to where the reader was, and a
 * change of the query string alone (sorting, filtering a table) leaves the page where it is.
 */
export function ScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  // Scroll position of each history entry seen, by its key.
  const positions = useRef(new Map<string, number>());
  const current = useRef(location.key);
  const pathname = useRef(location.pathname);

  useEffect(() => {
    const remember = () => positions.current.set(current.current, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);

  useLayoutEffect(() => {
    const samePage = pathname.current === location.pathname;
    current.current = location.key;
    pathname.current = location.pathname;
    const saved = positions.current.get(location.key);
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
    } else if (location.hash) {
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    } else if (!samePage) {
      window.scrollTo(0, 0);
    }
  }, [location.key, location.pathname, location.hash, navigationType]);

  return null;
}
