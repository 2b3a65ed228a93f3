import { baseUrl, screenshot, type Browser } from './browser';
import { PASSWORD, signUp, withOwnServer } from './own-server';
import { waitUntil } from './wait';

/**
 * Issue 12's scenario in Chromium: a contributor submits a result to SQuAD1.1 and sees it
 * pending; a moderator approves it and it appears ranked; a vandal (trusted) removes 50 rows; the
 * moderator reverts the vandal's account in one click; the board is exactly as before, row by
 * row, and as of before the vandalism too. On a server of its own: the other suites rely on the
 * sample's boards and histories as imported.
 */
const SQUAD = 'question-answering-on-squad11';
const BOARD = `query($asOf: DateTime) { benchmark(slug: "${SQUAD}", asOf: $asOf) { rows(first: 1000) {
  totalCount edges { node { rank result { id modelName paperTitle evaluatedOn values { raw metric { name } } } } } } } }`;

async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookies: response.headers.getSetCookie() };
}

const board = async (asOf?: string) => (await graphql(BOARD, { asOf })).data.benchmark.rows;

describe('contributions (issue 12)', () => {
  const own = withOwnServer(2);
  const setRole = own.setRole;
  let contributor: Browser;
  let moderator: Browser;
  beforeAll(() => ([contributor, moderator] = own.browsers as [Browser, Browser]));

  it('submits, approves, and reverts a vandal in one click: the board exactly as before', async () => {
    const stamp = Date.now();
    const original = await board();

    // A contributor submits a result to SQuAD1.1, the board picked by search.
    const { page } = contributor;
    await signUp(page, 'Carla Contributor', `carla-${stamp}@example.org`, '/submit');
    await page.getByLabel('Task or dataset').fill('SQuAD1.1');
    await page.getByRole('button', { name: /^Question Answering on SQuAD1\.1 ·/ }).click();
    await page.getByLabel('Model name').fill('Carla QA');
    await page.getByLabel(/^EM/).fill('97.5');
    await page.getByLabel(/^F1/).fill('99.0');
    await page.getByLabel('Paper title').fill('Carla: question answering');
    await page.getByLabel('Paper URL').fill('https://example.org/carla');
    await page.getByLabel('Reason').fill('Table 2 of our paper');
    await screenshot(page, 'submit-form');
    await page.getByRole('button', { name: 'Submit result' }).click();
    await page.getByText('“Carla QA” is waiting for review').waitFor();
    await page.locator('#pending').getByText('Carla QA').waitFor();

    // Pending: marked on the board for its author, absent from the public board.
    await page.goto(`${baseUrl()}/sota/${SQUAD}`);
    await page.locator('.pending-on-board').getByText('Carla QA').waitFor();
    expect(await board()).toEqual(original);

    // A moderator approves it from the review queue.
    const mod = moderator.page;
    const modEmail = `mona-${stamp}@example.org`;
    await signUp(mod, 'Mona Moderator', modEmail, '/account');
    await setRole(modEmail, 'MODERATOR');
    await mod.goto(`${baseUrl()}/review`);
    const item = mod.locator('.review-item').filter({ hasText: 'Carla QA' });
    await item.waitFor();
    await screenshot(mod, 'review-queue');
    await item.getByRole('button', { name: 'Approve' }).click();
    await item.waitFor({ state: 'detached' });

    // It appears ranked first (EM 97.5), for everyone.
    const withNew = await board();
    expect(withNew.totalCount).toBe(original.totalCount + 1);
    expect(withNew.edges[0].node).toMatchObject({ rank: 1, result: { modelName: 'Carla QA' } });
    await page.goto(`${baseUrl()}/sota/${SQUAD}`);
    await page.locator('table').getByText('Carla QA').first().waitFor();
    expect(await page.locator('.pending-on-board').count()).toBe(0);

    // A vandal with a trusted account removes 50 rows through the API.
    const beforeVandalism = new Date().toISOString();
    const vandalEmail = `vic-${stamp}@example.org`;
    const signedUp = await graphql(
      `
        mutation ($email: String!, $password: String!) {
          signUp(email: $email, password: $password, name: "Vic Vandal") {
            id
          }
        }
      `,
      { email: vandalEmail, password: PASSWORD },
    );
    await setRole(vandalEmail, 'TRUSTED');
    const cookies = Object.fromEntries(signedUp.cookies.map((c) => c.split(';')[0]!.split('=') as [string, string]));
    const asVandal = {
      cookie: Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      'x-pwc-csrf': cookies.pwc_csrf!,
    };
    for (const edge of withNew.edges.slice(0, 50)) {
      const id = edge.node.result.id;
      const { data } = await graphql(
        `
          query ($id: ID!) {
            editableResult(id: $id) {
              version
            }
          }
        `,
        { id },
      );
      await graphql(
        `
          mutation ($id: ID!, $v: String!) {
            removeResult(id: $id, baseVersion: $v, reason: "cleanup") {
              status
            }
          }
        `,
        { id, v: data.editableResult.version },
        asVandal,
      );
    }
    expect((await board()).totalCount).toBe(withNew.totalCount - 50);

    // The moderator reverts the vandal's account in one click.
    await mod.goto(`${baseUrl()}/review`);
    const removal = mod.locator('.review-item').filter({ hasText: 'Vic Vandal' }).first();
    await removal.waitFor();
    mod.once('dialog', (dialog) => void dialog.accept());
    await removal.getByRole('button', { name: 'Revert all by Vic Vandal' }).click();
    await waitUntil(
      'the vandal’s removals to leave the queue',
      () => mod.locator('.review-item').filter({ hasText: 'Vic Vandal' }).count(),
      (n) => n === 0,
    );

    // The board is exactly as before, row by row, and as of before the vandalism.
    const restored = await board();
    expect(restored.edges).toHaveLength(withNew.edges.length);
    restored.edges.forEach((edge: unknown, i: number) => expect(edge).toEqual(withNew.edges[i]));
    expect(await board(beforeVandalism)).toEqual(withNew);
    await page.goto(`${baseUrl()}/sota/${SQUAD}/history`);
    await page.getByText('Revert of every change by Vic Vandal', { exact: false }).first().waitFor();
    await screenshot(page, 'history-after-revert');
    expect(contributor.pageErrors).toEqual([]);
    expect(moderator.pageErrors).toEqual([]);
  });
});
