import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitForTitle, waitUntil } from './wait';

const BERT = '/paper/bert-pre-training-of-deep-bidirectional';

describe('author and conference pages, reached from a paper', () => {
  for (const viewport of [
    { width: 1280, height: 900, name: '' },
    { width: 360, height: 800, name: 'phone-' },
  ]) {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ width: viewport.width, height: viewport.height });
    });
    afterAll(async () => {
      await browser.close();
    });

    it(`paper → author: papers, co-authors, tasks, results and code (${viewport.width}px)`, async () => {
      const { page } = browser;
      await page.goto(baseUrl() + BERT);
      await page.locator('header.page-header').getByRole('link', { name: 'Jacob Devlin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Jacob Devlin' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/author/jacob-devlin');
      await waitForTitle(page, 'Jacob Devlin | Papers with Code 2');

      const papers = page.locator('#papers');
      await waitForText(papers, 'BERT: Pre-training of Deep Bidirectional Transformers');
      const coAuthors = page.getByRole('list', { name: 'Co-authors' });
      expect(await coAuthors.getByRole('link').allTextContents()).toEqual([
        'Kenton Lee1 paper',
        'Kristina Toutanova1 paper',
        'Ming-Wei Chang1 paper',
      ]);
      expect(await coAuthors.getByRole('link', { name: /^Kenton Lee/ }).getAttribute('href')).toBe(
        '/author/kenton-lee',
      );
      expect(
        await page
          .getByRole('list', { name: 'Tasks' })
          .getByRole('link', { name: /^Question Answering/ })
          .getAttribute('href'),
      ).toBe('/task/question-answering');

      // Results name their paper and link to its row on the leaderboard.
      const row = page.locator('#results tbody tr').filter({ hasText: 'SQuAD1.1' }).first();
      const cells = await waitUntil(
        'a SQuAD1.1 result row',
        () => row.getByRole('cell').allTextContents(),
        (texts) => texts.length > 0,
      );
      expect(cells).toContain('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding');
      // The value links there (on a phone, where the row's "Leaderboard" link is left out, it alone).
      expect(
        await row
          .getByRole('link', { name: /leaderboard/i })
          .first()
          .getAttribute('href'),
      ).toMatch(/^\/sota\/question-answering-on-squad11[^?]*\?p=bert-pre-training-of-deep-bidirectional$/);
      await waitForText(page.locator('#code'), 'google-research/bert');
      await screenshot(page, `${viewport.name}author-jacob-devlin`);

      // A co-author's page is one click away.
      await coAuthors.getByRole('link', { name: /^Kenton Lee/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Kenton Lee' }).waitFor();
    });

    it(`paper → proceeding → venue (${viewport.width}px)`, async () => {
      const { page } = browser;
      await page.goto(baseUrl() + BERT);
      await page.locator('header.page-header').getByRole('link', { name: 'NAACL 2019 6' }).click();
      await page.getByRole('heading', { level: 1, name: 'NAACL 2019' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/conference/naacl-2019-6');
      const header = await waitForText(page.locator('header.page-header'), 'June 2019');
      expect(header).toContain('1 paper');
      await waitForText(page.locator('#papers'), 'BERT: Pre-training of Deep Bidirectional Transformers');
      await waitForText(page.locator('#results'), 'SQuAD1.1');
      await screenshot(page, `${viewport.name}conference-naacl-2019-6`);

      await page.getByRole('link', { name: 'All NAACL proceedings' }).click();
      await page.getByRole('heading', { level: 1, name: 'NAACL' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/conference/naacl');
      expect(await page.locator('#proceedings').getByRole('link', { name: 'NAACL 2019' }).getAttribute('href')).toBe(
        '/conference/naacl-2019-6',
      );
      await waitForText(page.locator('#results'), 'BERT');
      await screenshot(page, `${viewport.name}conference-naacl`);
    });
  }

  it('shows not-found for an unknown author or conference', async () => {
    const browser = await openBrowser();
    try {
      for (const path of ['/author/no-such-author', '/conference/no-such-conference']) {
        const response = await browser.page.goto(baseUrl() + path);
        expect(response?.status()).toBe(404);
        await browser.page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
      }
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
