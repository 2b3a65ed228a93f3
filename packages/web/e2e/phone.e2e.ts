import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitUntil } from './wait';

/**
 * Phones (issue 13, item 1): at 360 × 800 the tables keep each row's model (or task, dataset) and
 * its value on screen, the header is one row of about 56 px, and touch targets are 44 px or more.
 */

const PHONE = { width: 360, height: 800 };
const SQUAD = '/sota/question-answering-on-squad11';
const BERT = '/paper/bert-pre-training-of-deep-bidirectional';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every box, in document order, of the elements the locator finds (none when none is shown). */
function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

/** Within the window's width: readable without scrolling sideways. */
const onScreen = (box: Box) => box.width > 0 && box.x >= 0 && box.x + box.width <= PHONE.width;

/** Boxes of the cells of each row: the row's name (model, task…) and its value, side by side. */
async function rowCells(rows: Locator, name: string, value: string): Promise<{ name: Box; value: Box }[]> {
  return rows.evaluateAll(
    (elements, selectors) =>
      elements.map((row) => {
        const box = (selector: string) => {
          const cell = row.querySelector(selector);
          const { x, y, width, height } = cell?.getBoundingClientRect() ?? { x: -1, y: 0, width: 0, height: 0 };
          return { x, y, width, height };
        };
        return { name: box(selectors.name), value: box(selectors.value) };
      }),
    { name, value },
  );
}

/** Waits until the table has rows and each shows both its name cell and its value cell on screen. */
async function untilEveryRowShowsItsValue(what: string, rows: Locator, name: string, value: string) {
  return waitUntil(
    `${what}: every row's name and value on screen`,
    () => rowCells(rows, name, value),
    (cells) => cells.length > 0 && cells.every((cell) => onScreen(cell.name) && onScreen(cell.value)),
  );
}

/** The leaderboard's rows and the cell of its ranking metric (the column whose header is sorted). */
async function rankingColumn(page: Page): Promise<number> {
  return page
    .locator('table.leaderboard-table thead th')
    .evaluateAll((headers) => headers.findIndex((th) => th.hasAttribute('aria-sort')) + 1);
}

describe('on a phone (360 × 800)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(PHONE);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the header is one row of about 56 px with Menu and a search button; the search opens below it', async () => {
    const { page } = browser;
    for (const path of ['/', BERT, SQUAD, '/method/adam']) {
      await page.goto(baseUrl() + path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const header = page.locator('.site-header');
      const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Menu' });
      const search = header.locator('.header-search__toggle');
      await menu.waitFor();
      await search.waitFor();
      const height = await waitUntil(
        `the header of ${path} in one row`,
        async () => (await header.boundingBox())?.height ?? 0,
        (h) => h > 0 && h <= 60,
      );
      expect(height).toBeGreaterThanOrEqual(44);
      // Brand, Menu, search and theme buttons share the row, inside the window.
      for (const control of [menu, search, page.getByRole('link', { name: 'Papers with Code 2, home' })]) {
        const box = (await control.boundingBox())!;
        expect(onScreen(box)).toBe(true);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      expect(await header.getByRole('combobox').isVisible()).toBe(false);
    }

    // The search button opens the box, which takes the focus; searching goes to /search.
    const header = page.locator('.site-header');
    await header.locator('.header-search__toggle').click();
    const box = header.getByRole('combobox', { name: /^Search papers/ });
    await box.waitFor();
    await waitUntil(
      'the opened search box to have the focus',
      () => box.evaluate((element) => element === document.activeElement),
      (focused) => focused,
    );
    const input = (await box.boundingBox())!;
    expect(onScreen(input)).toBe(true);
    expect(input.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(page);
    await screenshot(page, 'phone-header-search-open', false);
    await page.keyboard.type('squad');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=squad$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // On /search the box stays open, with the query in it.
    await waitUntil(
      'the search page to show its query in the open box',
      () => box.inputValue(),
      (value) => value === 'squad',
    );
    // The button closes it there too.
    await header.locator('.header-search__toggle').click();
    await waitUntil(
      'the search box closed',
      () => box.isVisible(),
      (visible) => !visible,
    );
    expect(await header.locator('.header-search__toggle').getAttribute('aria-expanded')).toBe('false');
  });

  it('the menu holds the links and the account corner, 44 px each', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/tasks');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Menu' }).click();
    const signIn = nav.getByRole('link', { name: 'Sign in' });
    await signIn.waitFor();
    const links = await boxes(nav.getByRole('link'));
    expect(links).toHaveLength(8);
    for (const link of links) {
      expect(link.height).toBeGreaterThanOrEqual(44);
      expect(onScreen(link)).toBe(true);
    }
    expect(await signIn.getAttribute('href')).toBe('/signin?next=%2Ftasks');
    await expectAccessible(page);
    await screenshot(page, 'phone-menu-open', false);
  });

  it('leaderboard: rank and model stay at the left with the ranking metric beside them', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.getByRole('heading', { level: 1, name: 'Question Answering on SQuAD1.1' }).waitFor();
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    const rows = page.locator('table.leaderboard-table tbody tr[data-index]');

    for (const metric of ['EM', 'F1']) {
      await page.getByLabel('Rank and chart by').selectOption({ label: `${metric} (higher is better)` });
      const sorted = page.locator('table.leaderboard-table thead th[aria-sort]');
      await waitUntil(
        `the table ranked by ${metric}`,
        async () => (await sorted.textContent()) ?? '',
        (text) => text.startsWith(metric),
      );
      // On a phone the ranking metric is the first column after rank and model.
      expect(await rankingColumn(page)).toBe(3);
      await untilEveryRowShowsItsValue(`${metric} ranking`, rows, 'th.model', `td:nth-child(3)`);
    }
    await page.locator('table.leaderboard-table:not([aria-busy])').evaluate((table) => table.scrollIntoView());
    await screenshot(page, 'phone-leaderboard-table-f1', false);

    // Scrolled sideways, the other columns pass under the rank and model, which stay put.
    const before = (await rowCells(rows.first(), 'td.rank', 'th.model'))[0]!;
    await page.locator('.table-scroll:has(table.leaderboard-table)').evaluate((scroller) => {
      scroller.scrollLeft = 400;
    });
    await waitUntil(
      'the table scrolled sideways',
      () => page.locator('.table-scroll:has(table.leaderboard-table)').evaluate((scroller) => scroller.scrollLeft),
      (left) => left > 100,
    );
    const after = (await rowCells(rows.first(), 'td.rank', 'th.model'))[0]!;
    expect(after.name.x).toBe(before.name.x);
    expect(after.value.x).toBe(before.value.x);
    // The paper and code links in the rows are 44 px tall.
    const links = await boxes(rows.locator('td a'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.height).toBeGreaterThanOrEqual(44);
  });

  it("the embed's own page keeps model and value on screen", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/embed${SQUAD}`);
    const rows = page.locator('pwc-leaderboard tbody tr');
    await rows.first().waitFor();
    await untilEveryRowShowsItsValue('the embed', rows, 'th', 'td.num:nth-of-type(2)');
    await screenshot(page, 'phone-embed-page', false);
  });

  it("paper: each result's task, dataset, model and value on screen", async () => {
    const { page } = browser;
    await page.goto(baseUrl() + BERT);
    await page.getByRole('heading', { level: 1, name: /^BERT: Pre-training/ }).waitFor();
    const rows = page.locator('table.results-table tbody tr');
    await rows.first().waitFor();
    await untilEveryRowShowsItsValue('results (model)', rows, '.results-table__model', '.results-table__value');
    await untilEveryRowShowsItsValue('results (dataset)', rows, '.results-table__dataset', '.results-table__metric');
    await untilEveryRowShowsItsValue('results (task)', rows, '.results-table__task', '.results-table__value');
    // The "Leaderboard" link is hidden: the value links to the same row.
    const links = (await boxes(rows.locator('a'))).filter((box) => box.width > 0);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.height).toBeGreaterThanOrEqual(44);
    await rows.first().evaluate((row) => row.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'phone-paper-results', false);
  });

  it("task and dataset: each leaderboard's best model and value on screen", async () => {
    const { page } = browser;
    for (const path of ['/task/question-answering', '/dataset/squad11']) {
      await page.goto(baseUrl() + path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const rows = page.locator('table.benchmark-table tbody tr');
      await rows.first().waitFor();
      await untilEveryRowShowsItsValue(path, rows, '.benchmark-table__name', '.benchmark-table__value');
      await untilEveryRowShowsItsValue(path, rows, '.benchmark-table__model', '.benchmark-table__count');
      for (const link of await boxes(rows.locator('a'))) expect(link.height).toBeGreaterThanOrEqual(44);
    }
    await page.locator('table.benchmark-table').evaluate((table) => table.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'phone-dataset-benchmarks', false);
  });

  it('playground: the editors above the response, which shows the answer', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/playground`);
    await page.locator('section[aria-label="Operation Editor"] .view-lines').waitFor();
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.waitForFunction(() =>
      (document.querySelector('section[aria-label="Result Window"] .view-lines')?.textContent ?? '').includes('"data"'),
    );
    const [editors, response] = [
      (await page.locator('.graphiql-editors').boundingBox())!,
      (await page.locator('.graphiql-response').boundingBox())!,
    ];
    expect(response.y).toBeGreaterThanOrEqual(editors.y + editors.height - 1);
    expect(response.width).toBeGreaterThan(200);
    expect(response.height).toBeGreaterThan(150);
    expect(onScreen(response)).toBe(true);
    await screenshot(page, 'phone-playground-answer', false);
  });

  it('touch targets: controls, facets, tabs, pagination and breadcrumbs are 44 px or more', async () => {
    const { page } = browser;
    const expectTargets = async (what: string, locator: Locator, minWidth = 0) => {
      const found = await boxes(locator);
      expect(found.length).toBeGreaterThan(0);
      for (const box of found) {
        if (box.width === 0) continue; // not shown (a closed <details>)
        expect({ what, height: box.height >= 44, width: box.width >= minWidth }).toEqual({
          what,
          height: true,
          width: true,
        });
      }
    };

    await page.goto(baseUrl() + SQUAD);
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    await expectTargets('breadcrumb', page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link'));
    await expectTargets('metric select', page.getByLabel('Rank and chart by'));
    await expectTargets('filters', page.locator('.control--check'));
    await expectTargets('sort buttons', page.locator('table.leaderboard-table .sort-button'));
    await expectTargets('feed link', page.locator('.feed-link'));

    await page.goto(baseUrl() + '/papers');
    await page.getByRole('heading', { level: 1, name: 'Papers' }).waitFor();
    await page.locator('.facet__value').first().waitFor();
    await expectTargets('tabs', page.locator('.tab'));
    await expectTargets('facet values', page.locator('.facet__value'), 44);
    await expectTargets('paper titles', page.locator('.paper-item h3 a'));
    const more = page.getByRole('button', { name: 'Load more papers' });
    await more.waitFor();
    await expectTargets('pagination', more, 44);

    await page.goto(baseUrl() + BERT);
    await page.locator('.tag').first().waitFor();
    await expectTargets('tags', page.locator('.tag'));
    await expectTargets('buttons', page.locator('main .button'), 44);
    await expectTargets('footer links', page.locator('.site-footer a'));
  });

  it('screenshots of the main pages', async () => {
    const { page } = browser;
    for (const [name, path, ready] of PAGES) {
      await page.goto(baseUrl() + path);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
      // The phone layout (blocks for rows, the header's buttons) keeps the page accessible.
      await expectAccessible(page);
      await screenshot(page, `phone-360-${name}`, false);
      await tableScreenshot(page, `phone-360-${name}-table`);
    }
  });
});

/** The page scrolled to its first table (if it has one), for a person to look at. */
async function tableScreenshot(page: Page, name: string): Promise<void> {
  const table = page.locator('main table').first();
  if ((await table.count()) === 0) return;
  await table.evaluate((element) => element.scrollIntoView());
  await screenshot(page, name, false);
}

/**
 * Name, path and what shows the page is in, of the pages a reader sees most: the last thing each
 * page draws (a condition, not the network going quiet, which a loaded machine may never see).
 */
const PAGES = [
  ['home', '/', '.stats dd'],
  ['paper', BERT, 'table.results-table tbody tr'],
  ['leaderboard', SQUAD, 'table.leaderboard-table tbody tr'],
  ['task', '/task/question-answering', 'table.benchmark-table tbody tr'],
  ['method', '/method/adam', '.description .katex'],
  ['search', '/search?q=bert', '.search-result'],
  ['playground', '/playground', 'section[aria-label="Operation Editor"] .view-lines'],
] as const;

describe('on a desktop (1280 × 900), as before', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the header shows the nav, the search box and the account corner; tables keep their columns', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    const header = page.locator('.site-header');
    await header.getByRole('combobox').waitFor();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await header.locator('.header-search__toggle').isVisible()).toBe(false);
    expect(await header.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect((await header.boundingBox())!.height).toBeLessThan(70);

    // Published column order, whichever metric ranks.
    await page.getByLabel('Rank and chart by').selectOption({ label: 'F1 (higher is better)' });
    await waitUntil(
      'the table ranked by F1',
      async () => (await page.locator('table.leaderboard-table thead th[aria-sort]').textContent()) ?? '',
      (text) => text.startsWith('F1'),
    );
    const headers = await page.locator('table.leaderboard-table thead th').allTextContents();
    expect(headers.slice(0, 4).map((text) => text.replace(/[↑↓,].*$/, '').trim())).toEqual([
      'Rank',
      'Model',
      'EM',
      'F1',
    ]);

    await page.goto(baseUrl() + BERT);
    const results = page.locator('table.results-table');
    await results.locator('tbody tr').first().waitFor();
    expect(await results.locator('thead').isVisible()).toBe(true);
    expect(await results.locator('.results-table__board a').first().isVisible()).toBe(true);
  });

  it('screenshots of the main pages', async () => {
    const { page } = browser;
    for (const [name, path, ready] of PAGES) {
      await page.goto(baseUrl() + path);
      await page.locator(ready).first().waitFor();
      await screenshot(page, `desktop-1280-${name}`, false);
      await tableScreenshot(page, `desktop-1280-${name}-table`);
    }
  });
});
