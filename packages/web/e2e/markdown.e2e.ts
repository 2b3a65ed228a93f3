import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForTitle, waitUntil } from './wait';

/*
 * Method descriptions as a reader sees them in Chromium: formulas typeset by KaTeX with its own
 * stylesheet (a subscript is set smaller and lower than its base, not beside it as plain text).
 */
describe('LaTeX in descriptions', () => {
  let browser: Browser;
  afterEach(async () => {
    await browser.close();
  });

  it('Adam: w_t is typeset with t as a smaller, lowered subscript; five displayed formulas', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(baseUrl() + '/method/adam');
    await page.getByRole('heading', { level: 1, name: 'Adam' }).waitFor();
    const description = page.locator('.description');
    await waitUntil(
      'five displayed formulas',
      () => description.locator('.katex-display').count(),
      (n) => n === 5,
    );
    const first = description.locator('.katex-display').first();
    // MathML (what assistive technology reads): w with the subscript t.
    await expect(
      first
        .locator('msub')
        .first()
        .evaluate((msub) => [...msub.children].map((c) => c.textContent)),
    ).resolves.toEqual(['w', 't']);
    // The typeset HTML: the "t" after the first "w" is smaller than it and sits lower.
    const geometry = await first.locator('.katex-html').evaluate((html) => {
      const base = html.querySelector('.mord.mathnormal');
      const script = html.querySelector('.msupsub .mathnormal');
      if (!base || !script) return null;
      const [b, s] = [base.getBoundingClientRect(), script.getBoundingClientRect()];
      return {
        base: base.textContent,
        script: script.textContent,
        fontRatio: parseFloat(getComputedStyle(script).fontSize) / parseFloat(getComputedStyle(base).fontSize),
        lowered: s.bottom - b.bottom,
      };
    });
    expect(geometry).toMatchObject({ base: 'w', script: 't' });
    expect(geometry?.fontRatio).toBeLessThan(0.8);
    expect(geometry?.lowered).toBeGreaterThan(0);
    // No TeX or markdown leaks into the text.
    const text = await description.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.katex').forEach((formula) => formula.remove());
      return copy.textContent ?? '';
    });
    expect(text).not.toMatch(/\$|\\eta|_\{/);
    await waitForTitle(page, 'Adam | Papers with Code 2');
    expect(browser.pageErrors).toEqual([]);
    await screenshot(page, 'method-adam');
  });

  it('on a phone, a wide formula or code block scrolls sideways and can be focused to scroll it; tables fit', async () => {
    browser = await openBrowser({ width: 360, height: 800 });
    const { page } = browser;
    await page.goto(baseUrl() + '/method/multi-head-attention');
    await page.getByRole('heading', { level: 1, name: 'Multi-Head Attention' }).waitFor();
    const wide = page.locator('.description .katex-display[tabindex="0"]').first();
    await wide.waitFor();
    const widths = await wide.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'method-multi-head-attention-phone');

    // So does SM3's code block; its GFM tables wrap their cells to fit.
    await page.goto(baseUrl() + '/method/sm3');
    await page.getByRole('heading', { level: 1, name: 'SM3' }).waitFor();
    await page.locator('.description pre[tabindex="0"]').waitFor();
    const tables = page.locator('.description table');
    await waitUntil(
      'two tables',
      () => tables.count(),
      (n) => n === 2,
    );
    const tableWidths = await tables.evaluateAll((all) => all.map((table) => table.getBoundingClientRect().right));
    expect(Math.max(...tableWidths)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'method-sm3-phone');
  });
});
