import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitUntil } from './wait';

/** The relative luminance (0 black … 1 white) of a computed CSS colour `rgb(r, g, b)`. */
function luminanceOf(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const isDark = (colour: string) => luminanceOf(colour) < 0.05;
const isLight = (colour: string) => luminanceOf(colour) > 0.8;

async function waitForBody(page: Page, theme: 'dark' | 'light'): Promise<void> {
  await waitUntil(`a ${theme} page background`, () => bodyBackground(page), theme === 'dark' ? isDark : isLight);
}

const themeButton = (page: Page) => page.getByRole('button', { name: /^Theme: / });

/** Presses the header's theme button until it shows `name` (it goes system → light → dark). */
async function chooseTheme(page: Page, name: 'Light' | 'Dark' | RegExp): Promise<void> {
  for (let presses = 0; presses < 3; presses++) {
    const label = (await themeButton(page).getAttribute('aria-label')) ?? '';
    if (typeof name === 'string' ? label === `Theme: ${name}` : name.test(label)) return;
    await themeButton(page).click();
    // The button names the next choice once React has applied this one.
    await waitUntil(
      'the theme button to change',
      async () => (await themeButton(page).getAttribute('aria-label')) ?? '',
      (now) => now !== label,
    );
  }
  throw new Error(`The theme button never showed ${String(name)}`);
}

/** The pages of issue 13's screenshot list, with what shows each has its data. */
const PAGES = [
  { name: 'home', path: '/', ready: (page: Page) => page.locator('.stats dd').first().waitFor() },
  {
    name: 'paper',
    path: '/paper/bert-pre-training-of-deep-bidirectional',
    ready: (page: Page) => page.getByRole('heading', { level: 1, name: /^BERT: Pre-training/ }).waitFor(),
  },
  {
    name: 'leaderboard',
    path: '/sota/question-answering-on-squad11',
    ready: (page: Page) => page.locator('.sota-chart canvas').waitFor(),
  },
  {
    name: 'task',
    path: '/task/question-answering',
    ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Question Answering' }).waitFor(),
  },
  { name: 'method', path: '/method/adam', ready: (page: Page) => page.locator('.katex').first().waitFor() },
  {
    name: 'search',
    path: '/search?q=bert',
    ready: (page: Page) =>
      page
        .getByRole('link', { name: /^BERT: Pre-training/ })
        .first()
        .waitFor(),
  },
  { name: 'playground', path: '/playground', ready: (page: Page) => page.locator('.graphiql-container').waitFor() },
];

describe('dark mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('follows the system setting, before the app script runs (no flash of the light page)', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    // Without the app's JavaScript the page is already dark: the theme is set by the small script
    // in <head>, before the first paint, not by React later.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(baseUrl() + '/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(isDark(await bodyBackground(page))).toBe(true);
    await page.unroute('**/assets/*.js');

    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1, name: 'Papers with Code 2' }).waitFor();
    await waitForBody(page, 'dark');
    expect(await themeButton(page).getAttribute('aria-label')).toBe('Theme: System (dark)');
    // The system switching back to light is followed at once.
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForBody(page, 'light');
    // The button says so once React has re-rendered (after the page's colours changed).
    await waitUntil(
      'the button to name the light system theme',
      () => themeButton(page).getAttribute('aria-label'),
      (label) => label === 'Theme: System (light)',
    );
  });

  it('the header button switches the theme, and the choice persists across a reload', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1, name: 'Papers with Code 2' }).waitFor();
    await waitForBody(page, 'dark');

    await chooseTheme(page, 'Light');
    await waitForBody(page, 'light');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Papers with Code 2' }).waitFor();
    // Light although the system is dark: the choice was remembered.
    expect(isLight(await bodyBackground(page))).toBe(true);
    expect(await themeButton(page).getAttribute('aria-label')).toBe('Theme: Light');

    await chooseTheme(page, 'Dark');
    await waitForBody(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Papers with Code 2' }).waitFor();
    expect(isDark(await bodyBackground(page))).toBe(true);

    // Back to the system setting (light now).
    await chooseTheme(page, /^Theme: System/);
    await waitForBody(page, 'light');
    expect(await page.evaluate(() => localStorage.getItem('pwc-theme'))).toBeNull();
  });

  it('the SotA chart and the playground are drawn in the theme on screen', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(baseUrl() + '/sota/question-answering-on-squad11');
    const canvas = page.locator('.sota-chart canvas');
    await canvas.waitFor();
    const drawing = () => canvas.evaluate((element) => (element as HTMLCanvasElement).toDataURL());
    const light = await waitUntil('the chart to be drawn', drawing, (url) => url.length > 5000);
    await chooseTheme(page, 'Dark');
    await waitForBody(page, 'dark');
    // Drawn again, in the dark theme's colours.
    await waitUntil('the chart drawn again', drawing, (url) => url.length > 5000 && url !== light);
    expect(isDark(await page.locator('.sota-chart').evaluate((el) => getComputedStyle(el).backgroundColor))).toBe(true);

    // GraphiQL has its own themes: it takes the site's.
    await page.goto(baseUrl() + '/playground');
    await page.locator('.graphiql-container').waitFor();
    await page.waitForFunction(() => document.body.classList.contains('graphiql-dark'));
    await chooseTheme(page, /^Theme: System/);
    await page.waitForFunction(() => document.body.classList.contains('graphiql-light'));
  });

  it('the embedded leaderboard follows the system setting unless its theme says otherwise', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    const board = page.locator('pwc-leaderboard');
    const boxBackground = () => board.locator('.box').evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.goto(baseUrl() + '/embed/sota/question-answering-on-squad11?theme=light');
    await board.locator('tbody tr').first().waitFor();
    expect(isLight(await boxBackground())).toBe(true);
    // Without a theme (or theme="auto") the component takes the reader's system setting.
    await board.evaluate((element) => element.removeAttribute('theme'));
    await waitUntil('the dark embed', boxBackground, isDark);
    await page.emulateMedia({ colorScheme: 'light' });
    await waitUntil('the light embed', boxBackground, isLight);
  });

  it('screenshots of the main pages in the dark theme, desktop and phone', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 800 },
    ]) {
      const { page } = browser;
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const { name, path, ready } of PAGES) {
        await page.goto(baseUrl() + path);
        await ready(page);
        await waitForBody(page, 'dark');
        await screenshot(page, `dark-${name}-${viewport.width}`, name !== 'playground' && name !== 'leaderboard');
      }
    }
    expect(browser.pageErrors).toEqual([]);
  });
});
