import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitUntil } from './wait';

const SQUAD = '/sota/question-answering-on-squad11';

/** How many of the ranked table's rows are in the page. */
async function rowCount(browser: Browser): Promise<number> {
  return browser.page.locator('table.leaderboard-table tbody tr[data-index]').count();
}

/**
 * Issue 12 in the browser: the leaderboard's date picker writes `?asOf=` into the URL (a
 * permalink that opens the board as it stood, marked as a past state), and the History views
 * of a board and of a dataset show who changed what (the e2e server imported the sample once).
 */
describe('leaderboard as of a date, and History', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('puts the picked date in the URL, marks the past state, and the permalink opens it again', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.getByRole('heading', { level: 1, name: 'Question Answering on SQuAD1.1' }).waitFor();
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    expect(await rowCount(browser)).toBeGreaterThan(10);
    expect(await page.getByTestId('as-of-notice').count()).toBe(0);

    // The sample was imported when the server started: on 1 January 2020 the board had no rows.
    await page.getByLabel('Leaderboard as of').fill('2020-01-01');
    await waitUntil(
      'the URL to carry the date',
      async () => page.url(),
      (url) => url.includes('asOf=2020-01-01'),
    );
    const notice = page.getByTestId('as-of-notice');
    await waitForText(notice, 'as it stood on 1 January 2020');
    await waitForText(notice, 'It had no rows then: its recorded history begins on');
    await waitForText(page.locator('.table-summary'), /^0 results/);
    await screenshot(page, 'leaderboard-as-of-2020', false);

    // The permalink, opened afresh, shows the same past state.
    const permalink = page.url();
    await page.goto('about:blank');
    await page.goto(permalink);
    await waitForText(page.getByTestId('as-of-notice'), 'as it stood on 1 January 2020');
    expect(await page.getByLabel('Leaderboard as of').inputValue()).toBe('2020-01-01');

    // Back to now: the parameter goes, the rows come back.
    await page.getByRole('button', { name: 'Back to now' }).click();
    await waitUntil(
      'the URL to drop the date',
      async () => page.url(),
      (url) => !url.includes('asOf='),
    );
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    await waitUntil(
      'the current rows',
      () => rowCount(browser),
      (n) => n > 10,
    );
    expect(await page.getByTestId('as-of-notice').count()).toBe(0);
  });

  it('says so when the date in the URL is not a date or has not ended', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}${SQUAD}?asOf=yesterday`);
    await page.getByRole('heading', { level: 1, name: 'Question Answering on SQuAD1.1' }).waitFor();
    await screenshot(page, 'as-of-bad-date', false);
    await waitForText(page.getByRole('status').filter({ hasText: 'is not a date' }), 'showing the current leaderboard');
    await page.goto(`${baseUrl()}${SQUAD}?asOf=2999-01-01`);
    await waitForText(page.getByRole('status').filter({ hasText: 'has not ended yet' }), '1 January 2999');
  });

  it("shows the board's History: the import that added its rows, field by field", async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'Question Answering on SQuAD1.1' }).waitFor();
    const revision = page.locator('.revision').first();
    await waitForText(revision.locator('.revision__author'), 'archive import');
    await waitForText(revision.locator('.meta'), 'Source: evaluation-tables.json.gz');
    const luke = revision.locator('.change', { hasText: 'LUKE (single model)' });
    await waitForText(luke.locator('.change__action'), 'Added');
    await waitForText(luke.locator('.change__fields'), /EM\s*90\.202/);
    // The first 50 changes, then all of them on request.
    expect(await revision.locator('.change').count()).toBe(50);
    const all = revision.getByRole('button', { name: /^Show all \d+ changes$/ });
    const total = Number((await all.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(200);
    await all.click();
    await waitUntil(
      'every change',
      () => revision.locator('.change').count(),
      (n) => n === total,
    );
    await screenshot(page, 'history-squad11', false);
  });

  it("shows a dataset's History by the same component", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/dataset/squad11/history`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForText(page.locator('.revision .change__title').first(), /Added dataset/);
    await screenshot(page, 'history-dataset', false);
  });
});
