import { useSyncExternalStore } from 'react';

/** What the reader chose in the header: follow the system setting, or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';
/** What the page shows. */
export type Theme = 'light' | 'dark';

/** The localStorage key; public/theme-init.js reads the same key before the first paint. */
export const THEME_STORAGE_KEY = 'pwc-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function readThemeChoice(): ThemeChoice {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    // Storage blocked: the system setting decides.
  }
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

const systemTheme = (): Theme => (window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light');

export const resolveTheme = (choice: ThemeChoice): Theme => (choice === 'system' ? systemTheme() : choice);

const listeners = new Set<() => void>();
let systemQuery: MediaQueryList | undefined;

/** Puts the theme on <html data-theme> (what styles.css switches on) and tells the subscribers. */
function applyTheme(): void {
  const theme = resolveTheme(readThemeChoice());
  if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener();
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but still applied to this page.
  }
  applyTheme();
}

const onStorage = (event: StorageEvent) => {
  if (event.key === THEME_STORAGE_KEY || event.key === null) applyTheme();
};

/**
 * The page follows the system setting while the choice is "system" (the OS switching to dark at
 * dusk) and the choice made in another tab. Listening starts with the first subscriber.
 */
function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    // In step with storage and the system even if theme-init.js did not run (a blocked file).
    document.documentElement.dataset.theme = resolveTheme(readThemeChoice());
    // The same MediaQueryList to remove the listener from: each matchMedia() call makes a new one.
    systemQuery = window.matchMedia?.(DARK_QUERY);
    systemQuery?.addEventListener?.('change', applyTheme);
    window.addEventListener('storage', onStorage);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      systemQuery?.removeEventListener?.('change', applyTheme);
      systemQuery = undefined;
      window.removeEventListener('storage', onStorage);
    }
  };
}

/** The theme on screen; theme-init.js set it before React started. */
function currentTheme(): Theme {
  const shown = document.documentElement.dataset.theme;
  return shown === 'dark' || shown === 'light' ? shown : resolveTheme(readThemeChoice());
}

/** The theme on screen, for what draws its own colours (the SotA chart, GraphiQL). */
export const useTheme = (): Theme => useSyncExternalStore(subscribe, currentTheme, (): Theme => 'light');

/** The reader's choice, for the header's theme button. */
export const useThemeChoice = (): ThemeChoice => useSyncExternalStore(subscribe, readThemeChoice, () => 'system');
