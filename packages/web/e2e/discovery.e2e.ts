import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitForTitle, waitUntil } from './wait';

describe('papers, tasks, about and the nav (issue 11)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('/papers: Latest, Latest with code and Trending tabs, with load more and a feed', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/papers');
    await page.getByRole('heading', { level: 1, name: 'Papers' }).waitFor();
    await waitForTitle(page, 'Papers | Papers with Code 2');
    const tabs = page.getByRole('navigation', { name: 'Paper lists' });
    await waitForText(tabs.locator('[aria-current="page"]'), 'Latest');
    const items = page.locator('.paper-list > li');
    await waitUntil(
      'a first page of 20 papers',
      () => items.count(),
      (n) => n === 20,
    );
    await page.getByRole('button', { name: /load more/i }).click();
    await waitUntil(
      'a second page appended',
      () => items.count(),
      (n) => n > 20,
    );
    // The page's feed, linked and in the head.
    const feed = page.getByRole('link', { name: 'Atom feed' }).first();
    expect(await feed.getAttribute('href')).toBe('/feeds/papers.atom');
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
      '/feeds/papers.atom',
    );
    await screenshot(page, 'papers-latest');

    await tabs.getByRole('link', { name: 'Latest with code' }).click();
    await page.waitForURL(/tab=with-code/);
    await waitForText(tabs.locator('[aria-current="page"]'), 'Latest with code');
    await waitUntil(
      'only papers with code',
      async (): Promise<[number, number]> => [
        await items.count(),
        await page.locator('.paper-list > li .badge--code').count(),
      ],
      ([all, withCode]) => all > 0 && all === withCode,
    );

    await tabs.getByRole('link', { name: 'Trending' }).click();
    await page.waitForURL(/tab=trending/);
    await waitForText(tabs.locator('[aria-current="page"]'), 'Trending');
    await page.getByText(/^Trending: highest e/).waitFor();
    await waitUntil(
      'trending papers',
      () => items.count(),
      (n) => n > 0,
    );
    await screenshot(page, 'papers-trending');
  });

  it('/tasks: filters by name as one types', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/tasks');
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await page.getByRole('searchbox', { name: 'Find a task' }).fill('question');
    await page.waitForURL(/q=question/);
    await page.getByRole('link', { name: 'Question Answering', exact: true }).waitFor();
    await waitUntil(
      'only tasks naming "question"',
      () => page.locator('.task-card h3').allTextContents(),
      (names) => names.length > 0 && names.every((name) => /question/i.test(name)),
    );
    await screenshot(page, 'tasks');
  });

  it('/about: provenance with counts, licences, citation and self-hosting', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/about');
    await page.getByRole('heading', { level: 1, name: 'About Papers with Code 2' }).waitFor();
    await waitForText(page.getByRole('region', { name: 'The data' }), /July 2025/);
    const papers = page.getByRole('region', { name: 'The data' }).locator('.stats dd').first();
    await waitUntil(
      'the paper count',
      async () => Number((await papers.textContent())?.replace(/,/g, '')),
      (n) => n > 10,
    );
    await waitForText(page.getByRole('region', { name: 'Licence' }), /CC-BY-SA 4\.0[\s\S]*MIT/);
    await waitForText(page.getByRole('region', { name: 'How to cite' }), /@misc\{paperswithcode_archive_2025/);
    expect(await page.getByRole('link', { name: 'README' }).getAttribute('href')).toBe('/README.md');
    expect(await page.getByRole('link', { name: 'API playground' }).getAttribute('href')).toBe('/playground');
    await screenshot(page, 'about');
  });

  it('/papers: a facet narrows the list to as many papers as it counts', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/papers?tab=with-code');
    const facets = page.getByRole('complementary', { name: 'Filter papers' });
    const task = facets.getByRole('group', { name: 'Task' }).getByRole('button').first();
    await task.waitFor();
    const count = Number(await task.locator('.count').textContent());
    const label = await task.locator('span').first().textContent();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(20);
    await task.click();
    await page.waitForURL(/task=/);
    // The facets are counted again within the chosen task, so their order may change: the chosen
    // one is found by its state, not its position.
    const chosen = facets.getByRole('group', { name: 'Task' }).getByRole('button', { pressed: true });
    await waitUntil(
      'the chosen task pressed',
      () => chosen.locator('span').first().textContent(),
      (text) => text === label,
    );
    const items = page.locator('.paper-list > li');
    await waitUntil(
      'the list narrowed to the facet',
      () => items.count(),
      (n) => n === count,
    );
    // Still papers with code only: the tab's own filter stays.
    expect(await page.locator('.paper-list > li .badge--code').count()).toBe(count);
  });

  it('the nav of the seed site, as a menu on a phone without a taller header', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(baseUrl() + '/about');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Tasks',
      'SotA',
      'Datasets',
      'Papers',
      'Methods',
      'Submit',
      'About',
    ]);
    const wide = await page.locator('.site-header').boundingBox();
    await page.setViewportSize({ width: 360, height: 800 });
    const menu = nav.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    await waitUntil(
      'a header no taller than two rows',
      async () => (await page.locator('.site-header').boundingBox())!.height,
      (height) => height <= 2 * wide!.height + 1,
    );
    await menu.click();
    await nav.getByRole('link', { name: 'Papers' }).click();
    await page.waitForURL(/\/papers$/);
    await page.getByRole('heading', { level: 1, name: 'Papers' }).waitFor();
    // Navigating closed the menu.
    await waitUntil(
      'the menu closed',
      () => menu.getAttribute('aria-expanded'),
      (expanded) => expanded === 'false',
    );
    await screenshot(page, 'papers-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
