import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitForTitle, waitUntil } from './wait';

const BERT = '/paper/bert-pre-training-of-deep-bidirectional';

describe('paper page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows BERT as the old site did: title, authors, date, venue, tasks, links, abstract, results', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + BERT);
    await page
      .getByRole('heading', { level: 1, name: /^BERT: Pre-training of Deep Bidirectional Transformers/ })
      .waitFor();
    await waitForTitle(
      page,
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding | Papers with Code 2',
    );
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(
      /^We introduce a new language representation model called BERT/,
    );

    const header = page.locator('header.page-header');
    const headerText = await waitForText(header, 'Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova');
    expect(headerText).toContain('2018-10-11');
    expect(headerText).toContain('NAACL 2019 6');
    expect(
      await page
        .getByRole('list', { name: 'Tasks' })
        .getByRole('link', { name: 'Question Answering' })
        .getAttribute('href'),
    ).toBe('/task/question-answering');

    expect(await page.getByRole('link', { name: /^PDF/ }).getAttribute('href')).toMatch(/arxiv\.org\/pdf\/1810\.04805/);
    const official = await waitForText(page.locator('.repo--official').first(), 'google-research/bert');
    expect(official).toContain('official');
    expect(official).toContain('TensorFlow');

    await waitForText(page.locator('.abstract'), 'SQuAD v1.1 question answering Test F1 to 93.2');

    // The SQuAD1.1 F1 of "BERT (ensemble)" is 93.16, linked to its leaderboard row.
    const row = page
      .getByRole('row')
      .filter({ hasText: 'BERT (ensemble)' })
      .filter({ hasText: 'F1' })
      .filter({ hasText: /SQuAD1\.1(?! dev)/ });
    const expectedCells = [
      'Question Answering',
      'SQuAD1.1',
      'F1',
      '93.16',
      'BERT (ensemble)',
      'Leaderboard: Question Answering on SQuAD1.1',
    ];
    const cells = await waitUntil(
      'the BERT (ensemble) F1 row',
      () => row.getByRole('cell').allTextContents(),
      (texts) => texts.length > 0,
    );
    expect(cells).toEqual(expectedCells);
    expect(await row.getByRole('link', { name: /^F1 93\.16/ }).getAttribute('href')).toBe(
      '/sota/question-answering-on-squad11?p=bert-pre-training-of-deep-bidirectional',
    );
    await screenshot(page, 'paper-bert');
  });

  it('navigates paper → task → leaderboard → paper', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + BERT);
    await page.getByRole('list', { name: 'Tasks' }).getByRole('link', { name: 'Question Answering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Question Answering' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/task/question-answering');
    await screenshot(page, 'task-question-answering');

    await page
      .getByRole('table', { name: 'Leaderboards of Question Answering' })
      .getByRole('link', { name: 'SQuAD1.1', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Question Answering on SQuAD1.1' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sota/question-answering-on-squad11');

    await page
      .getByRole('row')
      .filter({ hasText: 'BERT (ensemble)' })
      .getByRole('link', { name: /^BERT: Pre-training/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /^BERT: Pre-training/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(BERT);
  });

  it('has loaded nothing from outside the server and thrown no errors', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
