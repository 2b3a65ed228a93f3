import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitForTitle, waitUntil } from './wait';

describe('pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('home: counts, notable benchmarks, areas and the latest papers with code', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1, name: 'Papers with Code 2' }).waitFor();
    await waitForTitle(page, 'Papers with Code 2');
    const firstStat = page.locator('.stats dd').first();
    await waitUntil(
      'the first count above 10',
      async () => Number((await firstStat.textContent())?.replace(/,/g, '')),
      (n) => n > 10,
    );
    await page
      .getByRole('region', { name: 'Notable benchmarks' })
      .getByRole('link', { name: 'Question Answering on SQuAD1.1', exact: true })
      .waitFor();
    await page
      .getByRole('region', { name: 'Browse by area' })
      .getByRole('link', { name: 'Natural Language Processing' })
      .waitFor();
    await page
      .getByRole('region', { name: 'Latest papers with code' })
      .getByRole('link', { name: /^BERT: Pre-training/ })
      .waitFor();
    await waitForText(page.locator('footer'), 'Data sourced from the PWC Archive (CC-BY-SA 4.0)');
    await screenshot(page, 'home');
  });

  it('browse leaderboards (/sota), filtered by the text query', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/sota');
    await page.getByRole('heading', { level: 1, name: 'State of the art' }).waitFor();
    await screenshot(page, 'sota');
    await page.getByRole('searchbox', { name: 'Find a leaderboard' }).fill('chexpert');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=chexpert/);
    // The previous list stays on screen until the filtered one arrives.
    await page.waitForFunction(() => document.querySelectorAll('.benchmark-table tbody tr').length === 1);
    const table = page.getByRole('table', { name: 'Leaderboards matching the filters' });
    await table.getByRole('link', { name: 'Multi-Label Classification on CheXpert' }).waitFor();
    await waitForText(page.getByRole('region', { name: /^Leaderboards/ }).locator('h2'), /^Leaderboards1$/);
  });

  it('area, dataset and datasets pages', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/area/natural-language-processing');
    await page.getByRole('heading', { level: 1, name: 'Natural Language Processing' }).waitFor();
    await page
      .getByRole('region', { name: /^Leaderboards/ })
      .getByRole('link', { name: 'Question Answering on SQuAD1.1', exact: true })
      .waitFor();
    await screenshot(page, 'area-nlp');

    await page.goto(baseUrl() + '/dataset/squad11');
    await page.getByRole('heading', { level: 1, name: 'SQuAD1.1' }).waitFor();
    await waitForText(page.locator('.page-header'), 'Stanford Question Answering Dataset 1.1');
    await page
      .getByRole('table', { name: 'Leaderboards on SQuAD1.1' })
      .getByRole('link', { name: 'Question Answering' })
      .waitFor();
    await screenshot(page, 'dataset-squad11');

    await page.goto(baseUrl() + '/datasets?modality=Images');
    await page.getByRole('heading', { level: 1, name: 'Datasets' }).waitFor();
    await page.getByRole('link', { name: 'CheXpert' }).waitFor();
    expect(await page.getByRole('link', { name: 'SQuAD1.1', exact: true }).count()).toBe(0);
    await screenshot(page, 'datasets-images');
  });

  it('methods list with pagination, and a method page with its LaTeX rendered', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/methods?sort=NAME_ASC');
    await page.getByRole('heading', { level: 1, name: 'Methods' }).waitFor();
    const cards = page.locator('.method-card');
    await cards.first().waitFor();
    const before = await cards.count();
    await page.getByRole('button', { name: 'Load more methods' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.method-card').length > n, before);
    await screenshot(page, 'methods');

    await page.goto(baseUrl() + '/method/layer-normalization');
    await page.getByRole('heading', { level: 1, name: 'Layer Normalization' }).waitFor();
    const description = page.locator('.description');
    await description.locator('.katex').first().waitFor();
    await waitUntil(
      'two displayed formulas',
      () => description.locator('.katex-display').count(),
      (n) => n === 2,
    );
    // The archive's "\_" escapes inside formulas became subscripts, not literal underscores.
    await expect(description.locator('.katex-display .katex-html').first().textContent()).resolves.not.toContain('_');
    expect(await description.getByRole('link', { name: 'batch normalization' }).getAttribute('href')).toBe(
      '/method/batch-normalization',
    );
    await waitForTitle(page, 'Layer Normalization | Papers with Code 2');
    await screenshot(page, 'method-layer-normalization');
  });

  it('shows the not-found page for unknown paths and slugs', async () => {
    const { page } = browser;
    for (const path of ['/no/such/page', '/paper/no-such-paper', '/sota/no-such-leaderboard', '/task/no-such-task']) {
      const response = await page.goto(baseUrl() + path);
      expect(response?.status()).toBe(404); // dead links answer 404; the SPA shell still explains what happened
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await waitForTitle(page, 'Page not found | Papers with Code 2');
    }
    await screenshot(page, 'not-found');
  });

  it('is readable on a phone: no sideways scrolling of the page, tables scroll inside their box', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      // Each page is measured once its widest content (the last to arrive) is on screen.
      for (const [path, name, widest] of [
        ['/paper/bert-pre-training-of-deep-bidirectional', 'phone-paper-bert', 'table.results-table tbody tr'],
        ['/sota/question-answering-on-squad11', 'phone-leaderboard-squad11', '.sota-chart canvas'],
        ['/', 'phone-home', '.stats dd'],
      ] as const) {
        await phone.page.goto(baseUrl() + path);
        await phone.page.getByRole('heading', { level: 1 }).waitFor();
        await phone.page.locator(widest).first().waitFor();
        await phone.page.waitForLoadState('networkidle');
        const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(phone.page, name, false);
      }
    } finally {
      await phone.close();
    }
  });

  it('has loaded nothing from outside the server and thrown no errors', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
