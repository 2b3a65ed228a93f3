import { baseUrl, screenshot, type Browser } from './browser';
import { PASSWORD, signUp, withOwnServer } from './own-server';
import { waitForText, waitUntil } from './wait';

/**
 * Editing leaderboards in place (issue 12), in Chromium: a trusted contributor edits a row from
 * its Edit button, meets a conflict (the row changed meanwhile) and saves again on the row as it
 * is, removes a row, adds a metric, and creates a board for a new task/dataset pair picked by
 * typeahead. On a server of its own: the other suites rely on the sample's boards as imported.
 */
const SQUAD = 'question-answering-on-squad11';
const ROWS = `{ benchmark(slug: "${SQUAD}") { metrics { name direction } rows(first: 1000) {
  edges { node { result { id modelName usesAdditionalData values { raw metric { name } } } } } } } }`;

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

const rowsNow = async () => (await graphql(ROWS)).data.benchmark;
const rowOf = async (id: string) =>
  (await rowsNow()).rows.edges.map((e: any) => e.node.result).find((r: any) => r.id === id);

describe('editing leaderboards (issue 12)', () => {
  const own = withOwnServer(1);
  let browser: Browser;
  beforeAll(() => ([browser] = own.browsers as [Browser]));

  it('edits, meets a conflict, removes, adds a metric and creates a board', async () => {
    const { page } = browser;
    const email = `tess-${Date.now()}@example.org`;
    await signUp(page, 'Tess Trusted', email, '/account');

    // The board's rows, as anonymous readers see them: no Edit buttons for them.
    const before = await rowsNow();
    // Rows near the top (the long board renders the rows near the viewport) with a name of their own.
    const names = before.rows.edges.map((e: any) => e.node.result.modelName.trim());
    const [target, doomed] = before.rows.edges
      .slice(1, 15)
      .map((e: any) => e.node.result)
      .filter((r: any) => r.modelName.trim() && names.filter((n: string) => n === r.modelName.trim()).length === 1);
    await page.goto(`${baseUrl()}/sota/${SQUAD}`);

    // As a new contributor: a removal waits for review, and the row is marked for its author only.
    const proposed = before.rows.edges[0].node.result;
    await page.getByRole('button', { name: `Edit or remove ${proposed.modelName.trim()}`, exact: true }).click();
    await page.getByRole('dialog').getByLabel('Reason for removing it').fill('not in the paper');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove this row' }).click();
    await waitForText(page.locator('.board-outcome'), 'waits for a moderator’s review');
    const marked = page.getByRole('rowheader').filter({ hasText: proposed.modelName.trim() });
    await waitForText(marked, 'removal pending');
    expect(await rowOf(proposed.id)).toBeDefined();
    await screenshot(page, 'board-editing-pending-row');

    // Trusted from here on: changes publish at once.
    await own.setRole(email, 'TRUSTED');
    await page.reload();
    await page.getByRole('button', { name: `Edit or remove ${target.modelName.trim()}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    const em = dialog.getByLabel(/^EM/);
    await waitUntil(
      'the EM value in the editor',
      () => em.inputValue(),
      (value) => value !== '',
    );
    await em.fill('77.7');
    await dialog.getByLabel('Reason for the edit').fill('Table 3 of the camera-ready version');

    // Meanwhile someone else changes the row (the same account, by the API, with its own session).
    const signedIn = await graphql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: email,
      p: PASSWORD,
    });
    const cookies = signedIn.cookies.map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('pwc_csrf='))!.split('=')[1]!;
    const { version } = (await graphql('query($id: ID!) { editableResult(id: $id) { version } }', { id: target.id }))
      .data.editableResult;
    await graphql(
      `
        mutation ($id: ID!, $v: String!, $x: Boolean!) {
          updateResult(id: $id, baseVersion: $v, result: { usesAdditionalData: $x }, reason: "meanwhile") {
            status
          }
        }
      `,
      { id: target.id, v: version, x: !target.usesAdditionalData },
      { cookie: cookies.join('; '), 'x-pwc-csrf': csrf },
    );
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(dialog.locator('.row-editor__conflict'), 'This row changed since you opened it');
    await screenshot(page, 'board-editing-conflict');
    // Saved again: applied to the row as it is now (the other change kept).
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await waitForText(page.locator('.board-outcome'), 'is updated on the leaderboard');
    const edited = await waitUntil(
      'the edited row',
      () => rowOf(target.id),
      (row) => row.values.some((v: any) => v.metric.name === 'EM' && v.raw === '77.7'),
    );
    expect(edited.usesAdditionalData).toBe(!target.usesAdditionalData);

    // Removing a row, with a reason.
    await page.getByRole('button', { name: `Edit or remove ${doomed.modelName.trim()}`, exact: true }).click();
    await page.getByRole('dialog').getByLabel('Reason for removing it').fill('a duplicate of another row');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove this row' }).click();
    await waitForText(page.locator('.board-outcome'), 'is removed');
    expect(await rowOf(doomed.id)).toBeUndefined();

    // A metric, lower is better.
    await page.getByRole('button', { name: 'Add a metric' }).click();
    const metricForm = page.getByRole('form', { name: 'Add a metric' });
    await metricForm.getByLabel('Metric name').fill('Latency');
    await metricForm.getByLabel('Lower is better').check();
    await metricForm.getByLabel('Reason').fill('the papers report it');
    await metricForm.getByRole('button', { name: 'Add the metric' }).click();
    await waitForText(page.locator('.board-outcome'), 'The metric “Latency” is added');
    expect((await rowsNow()).metrics).toContainEqual({ name: 'Latency', direction: 'LOWER_IS_BETTER' });
    await page.getByRole('columnheader', { name: /Latency/ }).waitFor();

    // A new board: task and dataset by typeahead, two metrics.
    await page.goto(`${baseUrl()}/submit/leaderboard`);
    await page.getByLabel('Task', { exact: true }).fill('natural language inf');
    await page
      .getByRole('list', { name: 'Matching tasks' })
      .getByRole('button', { name: /^Natural Language Inference/ })
      .click();
    await page.getByLabel('Dataset', { exact: true }).fill('wikikg');
    await page.getByRole('list', { name: 'Matching datasets' }).getByRole('button').first().click();
    await page.getByLabel('Metric 1', { exact: true }).fill('MRR');
    await page.getByRole('button', { name: 'Add another metric' }).click();
    await page.getByLabel('Metric 2', { exact: true }).fill('Error');
    await page.locator('input[name="direction:1"][value="LOWER_IS_BETTER"]').check();
    await page.getByLabel('Reason', { exact: true }).fill('the dataset paper reports both');
    await page.getByRole('button', { name: 'Create the leaderboard' }).click();
    await page.getByRole('link', { name: 'open it' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/sota/natural-language-inference-on-'));
    const slug = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    const made = (await graphql(`{ benchmark(slug: "${slug}") { metrics { name direction } resultCount } }`)).data
      .benchmark;
    expect(made).toEqual({
      metrics: [
        { name: 'MRR', direction: 'HIGHER_IS_BETTER' },
        { name: 'Error', direction: 'LOWER_IS_BETTER' },
      ],
      resultCount: 0,
    });
    expect(browser.pageErrors).toEqual([]);
  });
});
