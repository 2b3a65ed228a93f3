import { useEffect, useRef, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** The search box in the header; "/" focuses it from anywhere on the page. */
export function HeaderSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (target?.closest('.graphiql-container')) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = inputRef.current?.value.trim() ?? '';
    if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <form role="search" className="header-search" onSubmit={submit} action="/search">
      <label htmlFor="header-search-input" className="visually-hidden">
        Search papers, tasks, datasets and methods
      </label>
      <input
        ref={inputRef}
        id="header-search-input"
        type="search"
        name="q"
        // A new search in the URL resets the box to it.
        key={current}
        defaultValue={current}
        placeholder="Search papers, tasks, datasets…"
        autoComplete="off"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
