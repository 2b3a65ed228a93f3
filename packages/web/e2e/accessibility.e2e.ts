import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectAccessible, seriousViolations } from './axe';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { setRole, WEB_ROOT } from './server';
import { waitForText, waitUntil } from './wait';

/**
 * Issue 13, item 2: every page of the app passes axe-core (WCAG 2 A and AA, and best practices)
 * with no serious or critical violation, in the light and the dark scheme at 1280×900; and the
 * leaderboard (sort, filter, highlight) and the search typeahead work with the keyboard alone,
 * the focus always visible.
 */

const SQUAD = '/sota/question-answering-on-squad11';
const BERT = '/paper/bert-pre-training-of-deep-bidirectional';

interface Route {
  path: string;
  /** The page's h1 once its data is in (null: the embed page, a bare widget). */
  heading: string | RegExp | null;
  /** An element that appears last, once the page's main content is on screen. */
  ready?: string;
}

/** Every route of routes.tsx (and the server's embed page), with the sample's slugs. */
const ROUTES: Route[] = [
  { path: '/', heading: 'Papers with Code 2', ready: 'section[aria-labelledby="latest-title"] .paper-list li' },
  { path: BERT, heading: /^BERT: Pre-training/, ready: 'table.results-table tbody tr' },
  { path: '/papers', heading: 'Papers', ready: '.paper-list li' },
  { path: '/papers?tab=with-code', heading: 'Papers', ready: '.paper-list li' },
  { path: '/sota', heading: 'State of the art', ready: '.benchmark-table tbody tr' },
  { path: SQUAD, heading: 'Question Answering on SQuAD1.1', ready: '.sota-chart canvas' },
  { path: `${SQUAD}?p=bert-pre-training-of-deep-bidirectional`, heading: /SQuAD1\.1$/, ready: 'tr.is-highlighted' },
  { path: '/task/question-answering', heading: 'Question Answering', ready: '.benchmark-table tbody tr' },
  { path: '/tasks', heading: 'Tasks', ready: '.card-grid li' },
  { path: '/dataset/squad11', heading: 'SQuAD1.1', ready: '.benchmark-table tbody tr' },
  { path: '/datasets', heading: 'Datasets', ready: '.card-grid li' },
  { path: '/method/adam', heading: 'Adam', ready: '.description .katex' },
  { path: '/methods', heading: 'Methods', ready: '.card-grid li' },
  { path: '/area/natural-language-processing', heading: 'Natural Language Processing', ready: '.card-grid li' },
  { path: '/author/jacob-devlin', heading: 'Jacob Devlin', ready: 'table.results-table tbody tr' },
  { path: '/conference/naacl', heading: 'NAACL', ready: '.paper-list li' },
  { path: '/conference/naacl-2019-6', heading: 'NAACL 2019', ready: '.paper-list li' },
  { path: '/search', heading: 'Search' },
  { path: '/search?q=bert', heading: 'Results for “bert”', ready: '.search-results li' },
  { path: '/search?q=language&type=PAPER', heading: 'Results for “language”', ready: '.paper-list li' },
  { path: `${SQUAD}/history`, heading: 'Question Answering on SQuAD1.1', ready: '.revision' },
  { path: '/task/question-answering/history', heading: 'Question Answering', ready: '.revision' },
  { path: '/dataset/squad11/history', heading: 'SQuAD1.1', ready: '.revision' },
  { path: '/method/adam/history', heading: 'Adam', ready: '.revision' },
  { path: `${BERT}/history`, heading: /^BERT: Pre-training/ },
  { path: '/playground', heading: 'GraphQL playground', ready: '.graphiql-container .line-numbers' },
  { path: '/about', heading: 'About Papers with Code 2' },
  { path: '/signin', heading: 'Sign in', ready: '.site-main form button[type="submit"]' },
  { path: '/signup', heading: 'Create an account', ready: '.site-main form button[type="submit"]' },
  // Signed out, these ask to sign in; signed in they are checked below.
  { path: '/account', heading: 'Sign in' },
  { path: '/submit', heading: 'Submit a result' },
  { path: '/submit/paper', heading: 'Add a paper' },
  { path: '/submit/leaderboard', heading: 'Create a leaderboard' },
  { path: '/reset-password', heading: 'Reset your password', ready: '.site-main form button[type="submit"]' },
  { path: '/review', heading: 'Sign in' },
  { path: '/no/such/page', heading: 'Page not found' },
  { path: `/embed/sota/question-answering-on-squad11?top=10`, heading: null, ready: 'pwc-leaderboard tbody tr' },
];

type Scheme = 'light' | 'dark';

test('ROUTES has a page for every route of routes.tsx', () => {
  const source = readFileSync(join(WEB_ROOT, 'src/app/routes.tsx'), 'utf8');
  const routes = [...source.matchAll(/page\('([^']+)'/g)].map((match) => `/${match[1]}`);
  expect(routes.length).toBeGreaterThan(20);
  const checked = ROUTES.map((route) => new URL(route.path, 'http://pages').pathname);
  const unchecked = routes.filter((route) => {
    const pattern = new RegExp(`^${route.replace(/:[^/]+/g, '[^/]+')}$`);
    return !checked.some((path) => pattern.test(path));
  });
  expect(unchecked).toEqual([]);
});

/** Whether the page is drawn dark: the body's background is darker than mid-grey. */
async function drawnDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r = 255, g = 255, b = 255] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(
      Number,
    );
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
}

/** Waits until the page shows its content, in the scheme asked for, with nothing left loading. */
async function settle(page: Page, route: Route, scheme: Scheme): Promise<void> {
  if (route.heading !== null) await page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
  if (route.ready) await page.locator(route.ready).first().waitFor();
  await waitUntil(
    `${route.path} to finish loading`,
    () => page.evaluate(() => document.querySelectorAll('.loading, [aria-busy="true"]').length),
    (count) => count === 0,
  );
  if (route.heading !== null) {
    await waitUntil(
      `${route.path} drawn in the ${scheme} scheme`,
      () => drawnDark(page),
      (dark) => dark === (scheme === 'dark'),
    );
  }
}

/** Presses Tab until the focused element matches `selector` (and `text`, if given); returns its text. */
async function tabUntil(page: Page, selector: string, text?: RegExp, limit = 150): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((css) => {
      const element = document.activeElement;
      return element?.matches(css) ? (element.textContent ?? '') : null;
    }, selector);
    if (focused !== null && (!text || text.test(focused))) return focused;
  }
  throw new Error(`${limit} presses of Tab never focused ${selector} ${text ?? ''}`);
}

/** The focused element shows where the focus is: it matches :focus-visible and has an outline. */
async function expectFocusVisible(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      what: element.outerHTML.slice(0, 80),
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
    };
  });
  expect(focus).not.toBeNull();
  expect(focus).toMatchObject({ focusVisible: true });
  expect(focus?.outline).not.toBe('none');
  expect(focus?.width).toBeGreaterThanOrEqual(2);
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe-core on every route, ${scheme} scheme, 1280×900`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ width: 1280, height: 900 });
      await browser.page.emulateMedia({ colorScheme: scheme });
    });
    afterAll(async () => {
      await browser.close();
    });

    it.each(ROUTES)('$path: no serious or critical violation', async (route) => {
      const { page } = browser;
      await page.goto(baseUrl() + route.path);
      await settle(page, route, scheme);
      await expectAccessible(page);
    });

    it('the leaderboard with its chart data table open and a paper highlighted', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl()}${SQUAD}?p=bert-pre-training-of-deep-bidirectional`);
      await settle(page, { path: SQUAD, heading: /SQuAD1\.1$/, ready: 'tr.is-highlighted' }, scheme);
      await page.getByRole('link', { name: 'View as table' }).click();
      await page.locator('#sota-history[open] table').waitFor();
      await expectAccessible(page);
      await screenshot(page, `a11y-leaderboard-highlight-${scheme}`);
    });

    it('the search typeahead, open', async () => {
      const { page } = browser;
      await page.goto(baseUrl() + '/');
      await settle(page, ROUTES[0]!, scheme);
      await page.getByRole('combobox', { name: /^Search papers/ }).fill('bert');
      await page
        .getByRole('listbox', { name: 'Suggestions' })
        .getByRole('option', { name: 'BERT', exact: true })
        .waitFor();
      await expectAccessible(page);
    });

    it('signed in: account, submit, and a moderator reviewing a pending result', async () => {
      const stamp = `${Date.now()}-${scheme}`;
      const contributor = browser.page;
      const email = `a11y-contributor-${stamp}@example.org`;
      await contributor.goto(`${baseUrl()}/signup?next=%2Fsubmit`);
      await contributor.getByLabel('Name').fill('Ada Contributor');
      await contributor.getByLabel('Email').fill(email);
      await contributor.getByLabel('Password').fill('correct horse battery staple');
      await contributor.getByRole('button', { name: 'Create account' }).click();
      await contributor.waitForURL((url) => url.pathname === '/submit');

      // The form with its field errors, then with a board chosen. CheXpert: the other suites
      // rely on SQuAD1.1 and its History as imported.
      await settle(contributor, { path: '/submit', heading: 'Submit a result' }, scheme);
      await contributor.getByLabel('Task or dataset').fill('CheXpert');
      await contributor.getByRole('button', { name: /^Multi-Label Classification on CheXpert ·/ }).click();
      await contributor.getByLabel('Model name').waitFor();
      await contributor.getByRole('button', { name: 'Submit result' }).click();
      await contributor.locator('[aria-invalid="true"]').first().waitFor();
      await expectAccessible(contributor);
      await contributor.getByLabel('Model name').fill('Accessible CXR');
      await contributor.getByLabel(/^AVERAGE AUC ON 14 LABEL/).fill('0.5');
      await contributor.getByLabel('Paper title').fill('An accessible result');
      await contributor.getByLabel('Paper URL').fill('https://example.org/accessible');
      await contributor.getByLabel('Reason').fill('axe-core test');
      await contributor.getByRole('button', { name: 'Submit result' }).click();
      await contributor.getByText('“Accessible CXR” is waiting for review').waitFor();
      await expectAccessible(contributor);

      for (const [path, heading] of [
        ['/submit/paper', 'Add a paper'],
        ['/submit/leaderboard', 'Create a leaderboard'],
      ] as const) {
        await contributor.goto(baseUrl() + path);
        await settle(contributor, { path, heading, ready: '.site-main form button[type="submit"]' }, scheme);
        await expectAccessible(contributor);
      }

      await contributor.goto(`${baseUrl()}/account`);
      await settle(contributor, { path: '/account', heading: 'Your account' }, scheme);
      await contributor.getByText('Accessible CXR').first().waitFor();
      await expectAccessible(contributor);
      // The account menu, open.
      await contributor.locator('.site-header').getByRole('button', { name: 'Ada Contributor' }).click();
      await contributor.locator('.site-header').getByRole('link', { name: 'Account' }).waitFor();
      await expectAccessible(contributor);

      const moderator = await openBrowser({ width: 1280, height: 900 });
      try {
        const { page } = moderator;
        await page.emulateMedia({ colorScheme: scheme });
        const moderatorEmail = `a11y-moderator-${stamp}@example.org`;
        await page.goto(`${baseUrl()}/signup?next=%2Faccount`);
        await page.getByLabel('Name').fill('Mo Moderator');
        await page.getByLabel('Email').fill(moderatorEmail);
        await page.getByLabel('Password').fill('correct horse battery staple');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.waitForURL((url) => url.pathname === '/account');
        const dataDir = process.env.PWC_E2E_DATA_DIR;
        if (!dataDir) throw new Error('PWC_E2E_DATA_DIR is not set: run the e2e tests with jest.e2e.config.js');
        await setRole(dataDir, moderatorEmail, 'MODERATOR');
        await page.goto(`${baseUrl()}/review`);
        const item = page.locator('.review-item').filter({ hasText: 'Accessible CXR' });
        await item.waitFor();
        await settle(page, { path: '/review', heading: /./ }, scheme);
        await expectAccessible(page);
        // Rejected, so the sample's boards stay as imported for the other suites.
        await item.getByLabel('Reason for Accessible CXR').fill('not a real result');
        await item.getByRole('button', { name: 'Reject' }).click();
        await item.waitFor({ state: 'detached' });
        await expectAccessible(page);
        await screenshot(page, `a11y-review-${scheme}`);
      } finally {
        await moderator.close();
      }
    });

    it('threw no errors and loaded nothing from elsewhere', () => {
      expect(browser.pageErrors).toEqual([]);
      expect(browser.foreignRequests).toEqual([]);
    });
  });
}

// Layout-only problems (a code block or formula that scrolls sideways, small targets) show on a phone.
describe('axe-core on every route, light scheme, 360×800', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 360, height: 800 });
    await browser.page.emulateMedia({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(ROUTES)('$path: no serious or critical violation', async (route) => {
    const { page } = browser;
    await page.goto(baseUrl() + route.path);
    await settle(page, route, 'light');
    await expectAccessible(page);
  });
});

describe('the axe helper', () => {
  it('fails a page with a nameless button and an image without alt text, naming both', async () => {
    const { page, close } = await openBrowser({ width: 1280, height: 900 });
    try {
      await page.goto(baseUrl() + '/about');
      await settle(page, { path: '/about', heading: 'About Papers with Code 2' }, 'light');
      await expectAccessible(page);
      await page.evaluate(() => {
        const main = document.querySelector('main');
        main?.insertAdjacentHTML('beforeend', '<button type="button"></button><img src="/favicon.svg">');
      });
      const rules = (await seriousViolations(page)).map((violation) => violation.rule).sort();
      expect(rules).toEqual(['button-name', 'image-alt']);
      await expect(expectAccessible(page)).rejects.toThrow(/critical button-name: Buttons must have discernible text/);
    } finally {
      await close();
    }
  });
});

describe('keyboard only (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('leaderboard: filter, view the chart as a table, highlight a paper, sort a column', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await settle(
      page,
      { path: SQUAD, heading: 'Question Answering on SQuAD1.1', ready: '.sota-chart canvas' },
      'light',
    );

    // The first Tab reaches the skip link, visibly.
    await tabUntil(page, '.skip-link', undefined, 1);
    await expectFocusVisible(page);

    // Filters: two checkboxes, toggled with the space bar.
    await tabUntil(page, 'input[type="checkbox"]', undefined);
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe(
      'Only results with code',
    );
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await page.waitForURL(/code=1/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe(
      'Without extra training data',
    );
    // At once, as a fast reader would, before the first filter's rows are in: both stay on.
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('extra') === '0');
    expect(new URL(page.url()).searchParams.get('code')).toBe('1');
    const summary = page.locator('.table-summary');
    await waitForText(summary, /results match the filters/);
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    await waitUntil(
      'the filtered ranking',
      () => page.evaluate(() => document.querySelectorAll('.loading').length),
      (count) => count === 0,
    );

    // The chart's text alternative: its caption links to its data as a table.
    expect(await page.locator('.sota-chart canvas').getAttribute('aria-describedby')).toBe(
      await page.locator('.sota-chart figcaption').getAttribute('id'),
    );
    await tabUntil(page, '.sota-chart figcaption a', /^View as table$/);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await page.locator('#sota-history[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

    // Highlight: whichever paper's button the focus reaches first.
    const label = await tabUntil(page, '#sota-history button', /^Highlight/);
    await expectFocusVisible(page);
    const title = label.replace(/^Highlight the results of /, '');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]p=/);
    await waitForText(page.getByRole('status').filter({ hasText: 'Highlighting' }), title);
    await page.locator('table.leaderboard-table tr.is-highlighted').first().waitFor();
    const highlighted = await page.locator('table.leaderboard-table tr.is-highlighted td.col-paper').allTextContents();
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.every((paper) => paper === title)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');

    // Sort: the F1 column's header button, pressed with Enter.
    await tabUntil(page, 'table.leaderboard-table thead button', /^F1/);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(/metric=F1/);
    await waitUntil(
      'the F1 column marked as the sorted one',
      () => page.locator('table.leaderboard-table thead th[aria-sort]').allTextContents(),
      (sorted) => sorted.length === 1 && sorted[0]!.startsWith('F1'),
    );
    await waitForText(summary, /ranked by F1/);
    await screenshot(page, 'a11y-keyboard-leaderboard', false);
  });

  it('search: Tab to the box, type, arrows through the suggestions, Enter opens the chosen one', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/');
    await settle(page, ROUTES[0]!, 'light');
    await tabUntil(page, '#header-search-input');
    await expectFocusVisible(page);
    await page.keyboard.type('bert');
    const box = page.getByRole('combobox', { name: /^Search papers/ });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await list.getByRole('option').first().waitFor();
    await waitUntil(
      'the suggestions for "bert"',
      () => box.getAttribute('aria-expanded'),
      (expanded) => expanded === 'true',
    );

    /** The option the box points at, and whether that option says it is selected. */
    const active = async () => {
      const id = await box.getAttribute('aria-activedescendant');
      if (!id) return null;
      const option = page.locator(`[id="${id}"]`);
      return { text: await option.textContent(), selected: await option.getAttribute('aria-selected') };
    };
    await page.keyboard.press('ArrowDown');
    const first = await waitUntil('a first active option', active, (option) => option !== null);
    expect(first?.selected).toBe('true');
    await page.keyboard.press('ArrowDown');
    await waitUntil('the second option', active, (option) => option !== null && option.text !== first?.text);
    await page.keyboard.press('ArrowUp');
    const chosen = await waitUntil('the first option again', active, (option) => option?.text === first?.text);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: chosen?.text ?? '', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/');
  });

  it('threw no errors', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
