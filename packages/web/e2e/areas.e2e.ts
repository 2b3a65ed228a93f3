import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitForTitle, waitUntil } from './wait';

/** The API's answer, asked directly (not through the page). */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('research areas of the final taxonomy (issue 13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("an area page's counts are the API's: Graphs holds the OGB leaderboards", async () => {
    const { area } = await api<{
      area: {
        name: string;
        taskCount: number;
        benchmarkCount: number;
        archiveTaskCount: number;
        tasks: { totalCount: number };
        benchmarks: { totalCount: number };
      };
    }>(`{ area(slug: "graphs") { name taskCount benchmarkCount archiveTaskCount
          tasks(topLevel: true) { totalCount } benchmarks { totalCount } } }`);
    expect(area.benchmarkCount).toBeGreaterThan(0); // 0 before the taxonomy
    const { page } = browser;
    await page.goto(baseUrl() + '/area/graphs');
    await page.getByRole('heading', { level: 1, name: 'Graphs' }).waitFor();
    await waitForTitle(page, 'Graphs | Papers with Code 2');
    const meta = page.locator('.page-header .meta');
    await waitForText(meta, `${area.taskCount} task${area.taskCount === 1 ? '' : 's'}`);
    await waitForText(meta, `${area.benchmarkCount} benchmark${area.benchmarkCount === 1 ? '' : 's'}`);
    await waitForText(page.locator('#tasks-title .count'), String(area.tasks.totalCount));
    await waitForText(page.locator('#benchmarks-title .count'), String(area.benchmarks.totalCount));
    await waitForText(page.locator('article.area-page'), `counted ${area.archiveTaskCount} tasks in ${area.name}`);
    const table = page.getByRole('table', { name: 'Leaderboards in Graphs' });
    await table.getByRole('link', { name: 'Link Property Prediction on ogbl-ddi', exact: true }).waitFor();
    await waitUntil(
      'every leaderboard of the first page listed',
      () => table.locator('tbody tr').count(),
      (rows) => rows === Math.min(20, area.benchmarks.totalCount),
    );
    await screenshot(page, 'area-graphs');
  });

  it("home lists the areas in the taxonomy's order with the API's counts", async () => {
    const { areas } = await api<{
      areas: { edges: { node: { name: string; taskCount: number; benchmarkCount: number } }[] };
    }>(`{ areas(first: 16, orderBy: TAXONOMY) { edges { node { name taskCount benchmarkCount } } } }`);
    const expected = areas.edges
      .map((edge) => edge.node)
      .filter((area) => area.taskCount > 0)
      .map((area) => `${area.name}|${area.taskCount}|${area.benchmarkCount}`);
    expect(expected[0]).toMatch(/^Computer Vision\|/);
    const { page } = browser;
    await page.goto(baseUrl() + '/');
    const region = page.getByRole('region', { name: 'Browse by area' });
    await region.getByRole('link', { name: 'Graphs', exact: true }).waitFor();
    const shown = await waitUntil(
      'the area cards',
      () =>
        region.locator('.area-card').evaluateAll((cards) =>
          cards.map((card) => {
            const name = card.querySelector('h3')?.textContent ?? '';
            const [tasks, boards] = (card.querySelector('.muted')?.textContent ?? '').match(/[\d,]+/g) ?? [];
            return `${name}|${tasks?.replace(/,/g, '')}|${boards?.replace(/,/g, '')}`;
          }),
        ),
      (cards) => cards.length === expected.length,
    );
    expect(shown).toEqual(expected);
  });
});
