import type { Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitUntil } from './wait';

const SQUAD = '/sota/question-answering-on-squad11';

/** Waits until every page of the current ranking is in the table (it is aria-busy until then). */
async function untilTableSettled(page: Page): Promise<void> {
  await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
}

/** Ranks and model names of the rows in the page (the table renders those near the viewport). */
async function shownRows(page: Page): Promise<{ index: number; rank: number | null; model: string }[]> {
  return page.locator('table.leaderboard-table tbody tr[data-index]').evaluateAll((rows) =>
    rows.map((row) => {
      const rank = Number.parseInt(row.querySelector('td')?.textContent ?? '', 10);
      return {
        index: Number(row.getAttribute('data-index')),
        rank: Number.isNaN(rank) ? null : rank,
        model: row.querySelector('th')?.textContent ?? '',
      };
    }),
  );
}

/** The same rows as the API ranks them. */
async function apiRows(variables: Record<string, unknown>, count: number) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($metric: String, $hasCode: Boolean, $usesAdditionalData: Boolean, $first: Int!) {
        benchmark(slug: "question-answering-on-squad11") {
          rows(metric: $metric, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData, first: $first) {
            edges { node { rank result { modelName } } } } } }`,
      variables: { ...variables, first: count },
    }),
  });
  const body = (await response.json()) as {
    data: { benchmark: { rows: { edges: { node: { rank: number | null; result: { modelName: string } } }[] } } };
  };
  // The table names a row without a model name "(unnamed)".
  return body.data.benchmark.rows.edges.map(({ node }) => ({
    rank: node.rank,
    model: node.result.modelName || '(unnamed)',
  }));
}

/** Model names of the first rows of the ranked table. */
async function topModels(page: Page, count = 5): Promise<string[]> {
  const names = await page.locator('table.leaderboard-table tbody tr[data-index] th').allTextContents();
  return names.slice(0, count);
}

/** Values of a column (by header text) of the first rows, as numbers. */
async function columnValues(page: Page, header: string, count = 10): Promise<number[]> {
  const headers = await page.locator('table.leaderboard-table thead th').allTextContents();
  const index = headers.findIndex((text) => text.startsWith(header));
  const rows = page.locator('table.leaderboard-table tbody tr[data-index]');
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    values.push(Number.parseFloat((await rows.nth(i).locator('th, td').nth(index).textContent()) ?? ''));
  }
  return values;
}

/** Pixels of the chart canvas that are drawn in the SotA colour (#1d4ed8) or the grey of other results. */
async function drawnPointPixels(page: Page): Promise<{ accent: number; grey: number }> {
  return page.locator('.sota-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return { accent: 0, grey: 0 };
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let accent = 0;
    let grey = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 200 && Math.abs(r - 29) < 20 && Math.abs(g - 78) < 20 && Math.abs(b - 216) < 20) accent++;
      if (a > 60 && Math.abs(r - g) < 16 && b > r && b - r < 40 && r > 80 && r < 190) grey++;
    }
    return { accent, grey };
  });
}

/** Where a SotA point (a filled disc in the SotA colour, not the thin step line) is drawn. */
async function sotaPointPosition(page: Page): Promise<{ x: number; y: number } | null> {
  return page.locator('.sota-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return null;
    const { width, height } = canvas;
    const { data } = context.getImageData(0, 0, width, height);
    const isAccent = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return (
        data[i + 3]! > 200 &&
        Math.abs(data[i]! - 29) < 20 &&
        Math.abs(data[i + 1]! - 78) < 20 &&
        Math.abs(data[i + 2]! - 216) < 20
      );
    };
    const scale = width / canvas.getBoundingClientRect().width;
    const half = Math.max(2, Math.round(3 * scale));
    // Scan from the right: the latest state of the art.
    for (let x = width - half - 1; x > half; x--) {
      for (let y = half; y < height - half; y++) {
        let solid = true;
        for (let dx = -half; dx <= half && solid; dx++) {
          for (let dy = -half; dy <= half && solid; dy++) solid = isAccent(x + dx, y + dy);
        }
        if (solid) {
          const rect = canvas.getBoundingClientRect();
          return { x: rect.left + x / scale, y: rect.top + y / scale };
        }
      }
    }
    return null;
  });
}

describe('leaderboard page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws the SotA chart: every result a point, the best so far a step line', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.getByRole('heading', { level: 1, name: 'Question Answering on SQuAD1.1' }).waitFor();
    await page.locator('.sota-chart canvas').waitFor();
    const counts = page.locator('.sota-chart__canvas');
    expect(Number(await counts.getAttribute('data-point-count'))).toBeGreaterThan(100);
    expect(Number(await counts.getAttribute('data-step-count'))).toBeGreaterThan(5);
    // Chart.js draws after the canvas is in the page: wait for the drawing, then count.
    await waitUntil(
      'the chart to draw its points',
      () => drawnPointPixels(page),
      (pixels) => pixels.accent > 200 && pixels.grey > 200,
    );
    await waitForText(page.locator('.sota-chart figcaption'), /set a new state of the art; best 90\.202 by LUKE/);

    // Hovering a point shows its model, paper, date and value.
    const point = await waitUntil(
      'a SotA point on the chart',
      () => sotaPointPosition(page),
      (p) => p !== null,
    );
    await page.mouse.move(point!.x, point!.y);
    const tooltip = page.locator('.chart-tooltip:not([hidden])');
    const text = await waitForText(tooltip, 'Date:');
    // The rightmost SotA point is the current best.
    expect(text).toContain('LUKE (single model)');
    expect(text).toContain('EM: 90.202');
    expect(text).toContain('Date: 2020-04-10');
    await screenshot(page, 'leaderboard-squad11', false);
  });

  it('re-ranks the table by another metric, in that metric’s direction', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.locator('table.leaderboard-table tbody tr[data-index]').first().waitFor();
    const byEm = await topModels(page);
    expect(await columnValues(page, 'EM')).toEqual([...(await columnValues(page, 'EM'))].sort((a, b) => b - a));

    await page.getByLabel('Rank and chart by').selectOption('F1');
    await page.waitForURL(/metric=F1/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'F1' }).waitFor();
    await untilTableSettled(page);
    const byF1 = await topModels(page);
    expect(byF1).not.toEqual(byEm);
    const f1 = await columnValues(page, 'F1');
    expect(f1).toEqual([...f1].sort((a, b) => b - a));
    expect(f1[0]).toBe(95.379);
    await waitForText(page.locator('.sota-chart figcaption'), /^F1 over time/);
  });

  it('shows the ranks the API gives, for every metric and filter', async () => {
    const { page } = browser;
    const choices = [
      { query: '', variables: {} },
      { query: '?metric=F1', variables: { metric: 'F1' } },
      { query: '?code=1', variables: { hasCode: true } },
      { query: '?metric=F1&extra=0', variables: { metric: 'F1', usesAdditionalData: false } },
      { query: '?metric=EM&code=1&extra=0', variables: { metric: 'EM', hasCode: true, usesAdditionalData: false } },
    ];
    for (const { query, variables } of choices) {
      await page.goto(baseUrl() + SQUAD + query);
      await page.locator('table.leaderboard-table tbody tr[data-index]').first().waitFor();
      await untilTableSettled(page);
      const shown = await shownRows(page);
      const expected = await apiRows(variables, 1000);
      // Boards under 200 rows are drawn whole; larger ones near the viewport only.
      if (expected.length < 200) expect(shown).toHaveLength(expected.length);
      else expect(shown.length).toBeGreaterThan(5);
      expect(shown.map(({ rank, model }) => ({ rank, model }))).toEqual(shown.map(({ index }) => expected[index]));
    }
  });

  it('highlights the linked paper’s rows from ?p= and scrolls them into view', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}${SQUAD}?p=bert-pre-training-of-deep-bidirectional`);
    const highlighted = page.locator('tr[aria-current="true"]');
    await highlighted.first().waitFor();
    const models = await highlighted.locator('th').allTextContents();
    expect(models).toEqual(expect.arrayContaining(['BERT (ensemble)', 'BERT-LARGE (Ensemble+TriviaQA)']));
    await waitForText(
      page.getByRole('status').filter({ hasText: 'Highlighting' }),
      /Highlighting \d+ results of BERT: Pre-training/,
    );
    await page.waitForFunction(() => {
      const row = document.querySelector('tr[aria-current="true"]');
      if (!row) return false;
      const { top, bottom } = row.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });
    await screenshot(page, 'leaderboard-squad11-highlight-bert', false);
  });

  it('filters rows with code', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + SQUAD);
    await page.locator('table.leaderboard-table tbody tr[data-index]').first().waitFor();
    // A click, not check(): the box is ticked once the app has re-rendered from the new URL,
    // which check() does not wait for.
    const withCode = page.getByLabel('Only results with code');
    await withCode.click();
    await page.waitForURL(/code=1/);
    await waitUntil(
      'the box to be ticked',
      () => withCode.isChecked(),
      (checked) => checked,
    );
    await waitForText(page.locator('.table-summary'), /^\d+ of 219 results match the filters/);
    const codeCells = await page
      .locator('table.leaderboard-table tbody tr[data-index] td:nth-last-child(2)')
      .allTextContents();
    expect(codeCells.length).toBeGreaterThan(0);
    expect(codeCells.every((text) => text.startsWith('Code'))).toBe(true);
  });

  it('has loaded nothing from outside the server and thrown no errors', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
