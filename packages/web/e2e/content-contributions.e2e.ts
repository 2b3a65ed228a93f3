import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { signUp, withOwnServer } from './own-server';
import { waitForText, waitUntil } from './wait';

/**
 * Issue 12, contributions of content, in Chromium: a trusted contributor edits the Adam method's
 * description (with a preview), sees it rendered and in the method's History; a moderator reverts
 * that revision from the History and the old text is back. On a server of its own: other suites
 * read Adam's page and History as imported.
 */
const NEW_TEXT = '**Adam** keeps an _exponential moving average_ of the gradient and of its square.';

async function description(): Promise<string | null> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ method(slug: "adam") { description } }' }),
  });
  const body = (await response.json()) as { data: { method: { description: string | null } } };
  return body.data.method.description;
}

describe('contributions of descriptions (issue 12)', () => {
  const own = withOwnServer(2);
  const setRole = own.setRole;
  let trusted: Browser;
  let moderator: Browser;
  beforeAll(() => ([trusted, moderator] = own.browsers as [Browser, Browser]));

  it('a trusted edit of Adam is rendered and in the History; a moderator reverts it and the old text is back', async () => {
    const stamp = Date.now();
    const original = await description();
    expect(original).toContain('**Adam** is an adaptive learning rate optimization algorithm');

    // A trusted contributor edits the description, looking at the preview first.
    const { page } = trusted;
    const email = `tara-${stamp}@example.org`;
    await signUp(page, 'Tara Trusted', email, '/account');
    await setRole(email, 'TRUSTED');
    await page.goto(`${baseUrl()}/method/adam`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('form', { name: 'Edit the description' });
    const text = editor.getByLabel(/^Description/);
    await waitUntil(
      'the stored markdown in the editor',
      () => text.inputValue(),
      // As stored; a textarea gives line breaks as \n (the archive's text has \r\n).
      (value) => value === original!.replace(/\r\n?/g, '\n'),
    );
    await text.fill(NEW_TEXT);
    await editor.getByRole('button', { name: 'Preview' }).click();
    await editor.locator('.description-editor__preview strong').getByText('Adam').waitFor();
    await editor.getByRole('textbox', { name: 'Reason' }).fill('Clearer first sentence');
    await screenshot(page, 'description-editor-preview');
    await editor.getByRole('button', { name: 'Save' }).click();

    // Published at once: rendered on the page (markdown, not its source), and stored verbatim.
    await page.getByRole('status').getByText('Your edit is published.').waitFor();
    const rendered = page.locator('.method-page .markdown.description');
    await waitForText(rendered, 'keeps an exponential moving average of the gradient');
    expect(await rendered.locator('em').first().textContent()).toBe('exponential moving average');
    // (The server's reply cache follows the commit within moments: read until it shows.)
    await waitUntil('the edit in the API', description, (text) => text === NEW_TEXT);
    await screenshot(page, 'description-edited');

    // …and in the method's History, by its author, with the text before and after.
    await page.getByRole('link', { name: 'History' }).click();
    await page.waitForURL((url) => url.pathname === '/method/adam/history');
    const newest = page.locator('article.revision').filter({ hasText: 'Tara Trusted' });
    await newest.getByText('Clearer first sentence').waitFor();
    await waitForText(newest, 'keeps an _exponential moving average_');
    const label = await newest.getAttribute('aria-label');
    const revisionId = /^Revision (\d+)$/.exec(label ?? '')?.[1];
    expect(revisionId).toBeDefined();
    await screenshot(page, 'description-history');

    // A moderator reverts that revision from the History.
    const mod = moderator.page;
    const modEmail = `mo-${stamp}@example.org`;
    await signUp(mod, 'Mo Moderator', modEmail, '/account');
    await setRole(modEmail, 'MODERATOR');
    await mod.goto(`${baseUrl()}/method/adam/history`);
    const revision = mod.getByRole('article', { name: `Revision ${revisionId}` });
    await revision.getByRole('button', { name: 'Revert', exact: true }).click();
    const form = revision.getByRole('form', { name: `Revert revision ${revisionId}` });
    await form.getByLabel('Why').fill('The old wording was fine');
    await screenshot(mod, 'description-revert');
    await form.getByRole('button', { name: `Revert revision ${revisionId}` }).click();
    // The revert is the newest revision now, and the edit is marked reverted.
    await mod
      .locator('article.revision')
      .filter({ hasText: 'Mo Moderator' })
      .getByText('The old wording was fine')
      .waitFor();
    await waitForText(mod.getByRole('article', { name: `Revision ${revisionId}` }), 'reverted');

    // The old text is back, stored and rendered.
    await waitUntil('the old text in the API', description, (text) => text === original);
    await mod.goto(`${baseUrl()}/method/adam`);
    await waitForText(
      mod.locator('.method-page .markdown.description'),
      'is an adaptive learning rate optimization algorithm',
    );
    expect(await mod.locator('.method-page').textContent()).not.toContain('exponential moving average');
  });

  it('adds code to a paper (published for a trusted account) and a paper (pending for a contributor)', async () => {
    const stamp = Date.now();
    // The trusted account of the first test links a repository on BERT's page.
    const { page } = trusted;
    await page.goto(`${baseUrl()}/paper/bert-pre-training-of-deep-bidirectional`);
    await page.getByRole('button', { name: 'Add code' }).click();
    const form = page.getByRole('form', { name: 'Add code' });
    await form.getByLabel('Repository URL').fill('javascript:alert(1)');
    await form.getByRole('textbox', { name: 'Reason' }).fill('A port to PyTorch');
    await form.getByRole('button', { name: 'Add code' }).click();
    // The server's field error, beside the field.
    await form.locator('.form-field.has-error').getByText('https URL').waitFor();
    await form.getByLabel('Repository URL').fill(`https://github.com/tara-${stamp}/bert-port`);
    await form.getByLabel('Framework').selectOption('PYTORCH');
    await screenshot(page, 'add-code-form');
    await form.getByRole('button', { name: 'Add code' }).click();
    await page.getByRole('status').getByText('The code link is published.').waitFor();
    await page
      .locator('#code')
      .getByRole('link', { name: `tara-${stamp}/bert-port` })
      .waitFor();

    // A contributor adds a paper: a known one is refused with a link to it; a new one waits.
    const contributor = await openBrowser();
    try {
      const mine = contributor.page;
      await signUp(mine, 'Cleo Contributor', `cleo-${stamp}@example.org`, '/account');
      await mine.goto(`${baseUrl()}/submit`);
      await mine.getByRole('link', { name: 'add a paper' }).click();
      const paper = mine.getByRole('form', { name: 'Add a paper' });
      await paper.getByLabel('arXiv id or URL').fill('https://arxiv.org/abs/1810.04805v2');
      await paper.getByLabel('Title').fill('BERT, once more');
      await paper.getByLabel('Authors, one per line').fill('Jacob Devlin');
      await paper.getByRole('textbox', { name: 'Reason' }).fill('missing');
      await paper.getByRole('button', { name: 'Add paper' }).click();
      await paper.getByRole('link', { name: /^BERT: Pre-training/ }).waitFor();
      await paper.getByLabel('arXiv id or URL').fill(`2101.${String((stamp % 90000) + 10000)}`);
      await paper.getByLabel('Title').fill(`Cleo's networks ${stamp}`);
      await paper.getByLabel('Authors, one per line').fill('Cleo Contributor\nAda Lovelace');
      await paper.getByRole('textbox', { name: 'Reason' }).fill('has results on SQuAD');
      await paper.getByRole('button', { name: 'Add paper' }).click();
      await mine.getByRole('status').getByText('is waiting for review').waitFor();
      await mine.locator('#pending').getByText(`Cleo's networks ${stamp}`).waitFor();
      await screenshot(mine, 'add-paper-pending');
    } finally {
      await contributor.close();
    }
  });
});
