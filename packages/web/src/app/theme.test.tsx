import { act, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEME_STORAGE_KEY } from './theme';
import { ThemeToggle } from './ThemeToggle';

/** jsdom has no matchMedia: a system setting the test can switch, with change listeners. */
function stubSystem(initiallyDark: boolean) {
  let dark = initiallyDark;
  const listeners = new Set<() => void>();
  window.matchMedia = ((query: string) => ({
    media: query,
    get matches() {
      return query === '(prefers-color-scheme: dark)' && dark;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  })) as unknown as typeof window.matchMedia;
  return (nowDark: boolean) => {
    dark = nowDark;
    for (const listener of [...listeners]) listener();
  };
}

// The script index.html loads before anything else, run as the browser runs it.
const INIT = readFileSync(join(__dirname, '../../public/theme-init.js'), 'utf8');
const runInitScript = () => new Function(INIT)();
const shown = () => document.documentElement.dataset.theme;

beforeEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('theme-init.js (before the first paint)', () => {
  it('follows the system setting when nothing was chosen', () => {
    stubSystem(true);
    runInitScript();
    expect(shown()).toBe('dark');
    stubSystem(false);
    runInitScript();
    expect(shown()).toBe('light');
  });

  it('applies the remembered choice over the system setting', () => {
    stubSystem(true);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'light');
    runInitScript();
    expect(shown()).toBe('light');
    stubSystem(false);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    runInitScript();
    expect(shown()).toBe('dark');
  });
});

describe('ThemeToggle', () => {
  it('goes system → light → dark → system, remembering each choice', () => {
    stubSystem(true);
    runInitScript();
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Theme: System (dark)' });

    fireEvent.click(button);
    expect(button).toHaveAccessibleName('Theme: Light');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    expect(shown()).toBe('light');

    fireEvent.click(button);
    expect(button).toHaveAccessibleName('Theme: Dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(shown()).toBe('dark');

    fireEvent.click(button);
    expect(button).toHaveAccessibleName('Theme: System (dark)');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(shown()).toBe('dark');
  });

  it('follows the system while the choice is "system", and not once a theme is chosen', () => {
    const setSystemDark = stubSystem(false);
    runInitScript();
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Theme: System (light)' });

    act(() => setSystemDark(true));
    expect(shown()).toBe('dark');
    expect(button).toHaveAccessibleName('Theme: System (dark)');

    fireEvent.click(button); // light
    act(() => setSystemDark(false));
    act(() => setSystemDark(true));
    expect(shown()).toBe('light');
  });

  it('takes up a choice made in another tab', () => {
    stubSystem(false);
    runInitScript();
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Theme: System (light)' });
    window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }));
    });
    expect(button).toHaveAccessibleName('Theme: Dark');
    expect(shown()).toBe('dark');
  });
});
