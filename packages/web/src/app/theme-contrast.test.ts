import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The text colours of both themes against the backgrounds they are drawn on: WCAG AA asks for a
 * contrast of at least 4.5:1 for normal text. Read from styles.css itself, so a palette change
 * that breaks a pair fails here.
 */
const CSS = readFileSync(join(__dirname, 'styles.css'), 'utf8');

function palette(selector: string): Map<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`styles.css has no ${selector} block`);
  const block = CSS.slice(start, CSS.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, value]) => [name!, value!]));
}

const LIGHT = palette(':root');
const DARK = new Map([...LIGHT, ...palette(":root[data-theme='dark']")]);

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** [text, backgrounds it is shown on] as styles.css and the feature stylesheets use them. */
const PAIRS: [string, string[]][] = [
  [
    '--text',
    ['--background', '--surface', '--surface-sunken', '--row-hover', '--highlight', '--chip', '--accent-soft'],
  ],
  ['--text-soft', ['--surface-sunken', '--surface']],
  ['--muted', ['--background', '--surface', '--surface-sunken', '--chip', '--row-hover']],
  ['--accent', ['--background', '--surface', '--surface-sunken', '--accent-soft', '--row-hover', '--highlight']],
  ['--on-accent', ['--accent', '--accent-strong']],
  ['--tag-text', ['--accent-soft', '--tag-hover']],
  ['--official', ['--official-soft', '--surface']],
  ['--danger', ['--background', '--surface', '--danger-soft']],
  ['--past-text', ['--background', '--surface']],
  ['--added-text', ['--surface', '--background']],
  ['--changed-text', ['--surface', '--background']],
  ['--tooltip-text', ['--tooltip-bg']],
];

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('%s theme', (_name, colours) => {
  const cases = PAIRS.flatMap(([text, backgrounds]) => backgrounds.map((background) => [text, background] as const));
  it.each(cases)('%s on %s has a contrast of at least 4.5:1', (text, background) => {
    const fg = colours.get(text);
    const bg = colours.get(background);
    expect(fg).toMatch(/^#/);
    expect(bg).toMatch(/^#/);
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
  });
});

it('computes the WCAG contrast ratio (black on white is 21:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
