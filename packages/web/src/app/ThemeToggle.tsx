import { setThemeChoice, THEME_CHOICES, useTheme, useThemeChoice, type ThemeChoice } from './theme';

const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  const common = { 'aria-hidden': true, width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none' } as const;
  const stroke = { stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  if (choice === 'light') {
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4.5" {...stroke} />
        <path
          d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
          {...stroke}
        />
      </svg>
    );
  }
  if (choice === 'dark') {
    return (
      <svg {...common}>
        <path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11z" {...stroke} />
      </svg>
    );
  }
  // System: a screen, half light and half dark.
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="13" rx="2" {...stroke} />
      <path d="M12 4v13H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" fill="currentColor" />
      <path d="M8 21h8M12 17v4" {...stroke} />
    </svg>
  );
}

/**
 * The header's theme button: each press goes to the next of system → light → dark. The choice
 * is remembered (localStorage) and applied before the first paint by public/theme-init.js.
 */
export function ThemeToggle() {
  const choice = useThemeChoice();
  const theme = useTheme();
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length] ?? 'system';
  const shown = choice === 'system' ? `System (${theme})` : LABEL[choice];
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Theme: ${shown}`}
      title={`Theme: ${shown}. Switch to ${LABEL[next].toLowerCase()}.`}
      data-theme-choice={choice}
      onClick={() => setThemeChoice(next)}
    >
      <ThemeIcon choice={choice} />
    </button>
  );
}
