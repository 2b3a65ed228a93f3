import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForTitle } from './wait';

type Editor = 'Operation Editor' | 'Variables' | 'Result Window';

/**
 * The text of one of GraphiQL's Monaco editors, with runs of white space made one space: Monaco
 * draws spaces as no-break spaces and wraps long lines.
 */
async function editorText(page: Page, editor: Editor): Promise<string> {
  const text = await page.locator(`section[aria-label="${editor}"] .view-lines`).first().textContent();
  return (text ?? '').replace(/\s+/g, ' ');
}

async function waitForEditorText(page: Page, editor: Editor, expected: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([label, text]) =>
        (document.querySelector(`section[aria-label="${label}"] .view-lines`)?.textContent ?? '')
          .replace(/\s+/g, ' ')
          .includes(text),
      [editor, expected] as const,
    );
  } catch (error) {
    throw new Error(`${editor} never showed ${expected}; it shows:\n${await editorText(page, editor)}`, {
      cause: error,
    });
  }
}

describe('GraphQL playground', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1400, height: 900 });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens with the example queries and runs the paper-page example', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/playground`);
    await page.locator('.graphiql-container').waitFor();
    await waitForTitle(page, 'GraphQL playground | Papers with Code 2');

    // The example tabs (a list of buttons: see accessible-tabs.ts) and the examples panel.
    const tabs = page.getByRole('list', { name: 'Select active operation' });
    for (const tab of ['PaperPage', 'Leaderboard', 'TaskBenchmarks', 'Top10']) {
      await tabs.getByRole('button', { name: tab, exact: true }).waitFor();
    }
    expect(await tabs.getByRole('button', { name: 'PaperPage', exact: true }).getAttribute('aria-current')).toBe(
      'true',
    );
    await page.getByRole('button', { name: /A leaderboard with its SotA history/ }).waitFor();

    // The first tab holds the paper-page query and its variables.
    await waitForEditorText(page, 'Operation Editor', 'query PaperPage($slug: String!)');
    await waitForEditorText(page, 'Variables', '"slug": "bert-pre-training-of-deep-bidirectional"');

    await page.getByRole('button', { name: /^Execute query/ }).click();
    await waitForEditorText(page, 'Result Window', '"name": "Jacob Devlin"');
    await waitForEditorText(page, 'Result Window', '"published": "2018-10-11"');
    await screenshot(page, 'playground-paper-query', false);
  });

  it('opens an example in a new tab from the examples panel and answers it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /An embeddable top-10/ }).click();
    await waitForEditorText(page, 'Operation Editor', 'query Top10($slug: String!)');
    await waitForEditorText(page, 'Variables', '"slug": "question-answering-on-squad11"');
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await waitForEditorText(page, 'Result Window', '"modelName": "LUKE (single model)"');
    await waitForEditorText(page, 'Result Window', '"rank": 1');
  });

  it('shows the schema documentation', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('A leaderboard by slug, e.g. question-answering-on-squad11.').waitFor();
    await screenshot(page, 'playground-docs', false);
  });

  it('works offline: everything comes from this server', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
