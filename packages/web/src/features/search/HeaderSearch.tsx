import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Highlighted } from './Highlighted';
import { hitPath, SEARCH_TYPE_LABELS } from './search-hits';
import { SUGGEST_MIN_LENGTH, useSuggestions } from './use-suggestions';

/**
 * The search box in the header, an ARIA combobox: suggestions grouped by type appear while
 * typing; arrows move through them, Enter opens the one chosen (or the search page when none is),
 * Escape closes them (and clears the box when they are closed). "/" focuses it from anywhere.
 * On phones the box is behind a search button, so the header keeps one row; it is open on /search.
 */
export function HeaderSearch() {
  const location = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = location.pathname === '/search';
  const current = onSearchPage ? (params.get('q') ?? '') : '';
  const { pathname } = location;
  // Opened or closed with the button on the page it was on; elsewhere closed, on /search open
  // (phones only; CSS ignores it elsewhere).
  const [choice, setChoice] = useState<{ on: string; open: boolean } | null>(null);
  const open = choice?.on === pathname ? choice.open : onSearchPage;
  const formId = useId();
  const openNow = useCallback(() => flushSync(() => setChoice({ on: pathname, open: true })), [pathname]);
  return (
    <>
      <button
        type="button"
        className="header-search__toggle"
        aria-expanded={open}
        aria-controls={formId}
        aria-label="Search"
        onClick={() => setChoice({ on: pathname, open: !open })}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
          <circle cx="8.5" cy="8.5" r="5.5" stroke="currentColor" strokeWidth="2" fill="none" />
          <path d="M12.5 12.5L17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      {/* A new search in the URL resets the box to it. */}
      <SearchBox
        key={current}
        initial={current}
        formId={formId}
        open={open}
        onOpen={openNow}
        autoFocus={open && !onSearchPage}
      />
    </>
  );
}

interface SearchBoxProps {
  initial: string;
  formId: string;
  /** Shown on phones (always shown on wider screens). */
  open: boolean;
  /** Shows it on phones, at once (so it can take the focus right after). */
  onOpen: () => void;
  /** Takes the focus when shown by the search button. */
  autoFocus: boolean;
}

function SearchBox({ initial, formId, open: shown, onOpen, autoFocus }: SearchBoxProps) {
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initial);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const { groups, forText } = useSuggestions(focused ? text : '');
  // The option chosen with the arrows, for the suggestions of one text only.
  const [chosen, setChosen] = useState({ forText: '', index: -1 });
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (target?.closest('.graphiql-container')) return;
      event.preventDefault();
      onOpen();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen]);

  // Opened with the search button on a phone: the reader means to type.
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const query = text.trim();
  const options = [
    ...groups.flatMap((group) => group.hits.map((hit) => ({ path: hitPath(hit.node), hit }))),
    { path: `/search?q=${encodeURIComponent(forText)}`, hit: null },
  ];
  const open = focused && !dismissed && query.length >= SUGGEST_MIN_LENGTH && forText.length > 0;
  const active = chosen.forText === forText && chosen.index < options.length ? chosen.index : -1;
  const setActive = (index: number) => setChosen({ forText, index });

  const go = (path: string) => {
    setDismissed(true);
    setActive(-1);
    void navigate(path);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open && active >= 0 && options[active]) return go(options[active].path);
    if (query) go(`/search?q=${encodeURIComponent(query)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setDismissed(false);
        return;
      }
      // Positions -1 (the text itself) to the last option, wrapping around.
      const last = options.length - 1;
      if (event.key === 'ArrowDown') setActive(active >= last ? -1 : active + 1);
      else setActive(active <= -1 ? last : active - 1);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (open) {
        setDismissed(true);
        setActive(-1);
      } else setText('');
    }
  };

  const activeIndex = active;
  let index = -1;

  return (
    <form
      id={formId}
      role="search"
      className={shown ? 'header-search is-open' : 'header-search'}
      onSubmit={submit}
      action="/search"
    >
      <label htmlFor="header-search-input" className="visually-hidden">
        Search papers, methods, tasks, datasets, authors and venues
      </label>
      <div className="typeahead">
        <input
          ref={inputRef}
          id="header-search-input"
          type="search"
          name="q"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setDismissed(false);
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={onKeyDown}
          placeholder="Search papers, methods, authors…"
          autoComplete="off"
        />
        <div id={listId} role="listbox" aria-label="Suggestions" className="typeahead__list" hidden={!open}>
          {open &&
            groups.map((group) => (
              <div role="group" aria-labelledby={`${listId}-${group.type}`} key={group.type}>
                <div id={`${listId}-${group.type}`} className="typeahead__group" role="presentation">
                  {SEARCH_TYPE_LABELS[group.type].many}
                </div>
                {group.hits.map((hit) => {
                  index++;
                  const i = index;
                  return (
                    <div
                      key={`${hit.type}-${hit.node.__typename}-${hitPath(hit.node)}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === activeIndex}
                      className="typeahead__option"
                      // Keep the focus in the box, so the click is not lost to its blur.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => go(options[i]!.path)}
                      onMouseEnter={() => setActive(i)}
                    >
                      <Highlighted text={hit.highlight.text} ranges={hit.highlight.ranges} />
                    </div>
                  );
                })}
              </div>
            ))}
          {open && (
            <div
              id={optionId(options.length - 1)}
              role="option"
              aria-selected={activeIndex === options.length - 1}
              className="typeahead__option typeahead__all"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(options[options.length - 1]!.path)}
              onMouseEnter={() => setActive(options.length - 1)}
            >
              {groups.length === 0 ? `No suggestions — search for “${forText}”` : `Search everything for “${forText}”`}
            </div>
          )}
        </div>
      </div>
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
