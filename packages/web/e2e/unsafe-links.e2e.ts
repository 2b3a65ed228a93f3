import type { Page, Route } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';

/*
 * The archive may hold javascript:, data: or vbscript: URLs. The importer keeps them from
 * becoming links, and the app must not render them as links either: here every URL field of the
 * API's answers is replaced by such a URL before the app sees it.
 */
const UNSAFE: Record<string, string> = {
  homepage: 'javascript:alert("homepage")',
  licenseUrl: ' JaVaScRiPt:alert("licence")',
  urlAbs: 'javascript:alert("paper")',
  urlPdf: 'data:text/html,<script>alert("pdf")</script>',
  url: 'vbscript:msgbox("code")',
  paperUrl: 'java\tscript:alert("row paper")',
  sourceUrl: 'javascript:alert("source")',
  codeSnippetUrl: 'data:text/html,<script>alert("snippet")</script>',
};
const TRAPS_IN_MARKDOWN = ' [markdown trap](javascript:alert("markdown")) [vb trap](vbscript:msgbox(1))';

function poison(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poison);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      if (key in UNSAFE) return [key, UNSAFE[key]];
      if (key === 'description') return [key, (typeof field === 'string' ? field : '') + TRAPS_IN_MARKDOWN];
      return [key, poison(field)];
    }),
  );
}

async function poisonAnswer(route: Route): Promise<void> {
  const response = await route.fetch();
  await route.fulfill({ response, json: poison(await response.json()) });
}

/** The links on the page whose address is not http(s) (internal links resolve to the server's http origin). */
function nonWebLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((href) => !/^https?:/.test(href)),
  );
}

describe('unsafe URLs in the data', () => {
  let browser: Browser;
  const dialogs: string[] = [];
  beforeAll(async () => {
    browser = await openBrowser();
    browser.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await browser.page.route('**/graphql', poisonAnswer);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a dataset’s homepage and licence as inert text, and the click runs nothing', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/dataset/squad11');
    await page.getByRole('heading', { level: 1, name: 'SQuAD1.1' }).waitFor();
    const homepage = page.locator('.facts .inert-link', { hasText: 'javascript:alert("homepage")' });
    await homepage.waitFor();
    await page.locator('.description .inert-link', { hasText: 'markdown trap' }).waitFor();
    expect(await nonWebLinks(page)).toEqual([]);
    await homepage.click();
    expect(new URL(page.url()).pathname).toBe('/dataset/squad11');
    await screenshot(page, 'unsafe-links-dataset');
  });

  it('leaves out the paper and PDF buttons and shows code addresses as text', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/paper/bert-pre-training-of-deep-bidirectional');
    await page.getByRole('heading', { level: 1, name: /^BERT: Pre-training/ }).waitFor();
    await page.locator('.repos .inert-link').first().waitFor();
    expect(await page.locator('.repos a').count()).toBe(0);
    expect(await page.locator('.paper-links .button-row a').count()).toBe(0);
    expect(await nonWebLinks(page)).toEqual([]);
  });

  it('makes no link of a leaderboard row’s paper or code address', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/sota/question-answering-on-squad11');
    await page.locator('table.leaderboard-table tbody tr[data-index] .inert-link').first().waitFor();
    expect(await nonWebLinks(page)).toEqual([]);
  });

  it('shows a method’s source and code snippet as inert text', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/method/layer-normalization');
    await page.getByRole('heading', { level: 1, name: 'Layer Normalization' }).waitFor();
    await page.locator('.facts .inert-link').first().waitFor();
    await page.locator('.description .inert-link', { hasText: 'markdown trap' }).waitFor();
    expect(await nonWebLinks(page)).toEqual([]);
  });

  it('ran no script: no dialog opened and no error was thrown', () => {
    expect(dialogs).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
