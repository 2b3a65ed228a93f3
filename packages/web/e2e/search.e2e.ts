import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitForTitle, waitUntil } from './wait';

describe('search', () => {
  for (const viewport of [
    { width: 1280, height: 900, name: '' },
    { width: 360, height: 800, name: 'phone-' },
  ]) {
    describe(`at ${viewport.width}px`, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await openBrowser({ width: viewport.width, height: viewport.height });
      });
      afterAll(async () => {
        await browser.close();
      });

      it('typeahead: grouped suggestions while typing, arrows, Enter opens the one chosen', async () => {
        const { page } = browser;
        await page.goto(baseUrl() + '/');
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.keyboard.press('/');
        const box = page.getByRole('combobox', { name: /^Search papers/ });
        await waitUntil(
          'the search box to have the focus',
          () => box.evaluate((element) => element === document.activeElement),
          (focused) => focused,
        );
        await page.keyboard.type('bert');
        const list = page.getByRole('listbox', { name: 'Suggestions' });
        await list.waitFor();
        expect(await box.getAttribute('aria-expanded')).toBe('true');
        const methods = list.getByRole('group', { name: 'Methods' });
        await methods.getByRole('option', { name: 'BERT', exact: true }).waitFor();
        await list
          .getByRole('group', { name: 'Papers' })
          .getByRole('option', { name: /^BERT: Pre-training/ })
          .waitFor();
        // The best group first: the method named exactly so.
        expect(await list.getByRole('group').first().getAttribute('aria-labelledby')).toBe(
          await methods.getAttribute('aria-labelledby'),
        );
        await screenshot(page, `${viewport.name}search-typeahead`, false);

        const options = list.getByRole('option');
        const activeText = async () => {
          const id = await box.getAttribute('aria-activedescendant');
          return id ? await page.locator(`[id="${id}"]`).textContent() : null;
        };
        await page.keyboard.press('ArrowDown');
        await waitUntil('the first option to be active', activeText, (text) => text === 'BERT');
        expect(await options.first().getAttribute('aria-selected')).toBe('true');
        await page.keyboard.press('ArrowDown');
        await waitUntil('the second option to be active', activeText, (text) => text !== 'BERT' && text !== null);
        expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
        await page.keyboard.press('ArrowUp');
        await waitUntil('the first option to be active again', activeText, (text) => text === 'BERT');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/method\/bert$/);
        await page.getByRole('heading', { level: 1, name: 'BERT' }).waitFor();
        await waitUntil(
          'the suggestions to close',
          () => list.isVisible(),
          (visible) => !visible,
        );
      });

      it('typeahead: Escape closes the suggestions; Enter without a choice opens the search page', async () => {
        const { page } = browser;
        await page.goto(baseUrl() + '/');
        // On a phone the box is behind the header's search button.
        if (viewport.width <= 640) await page.locator('.header-search__toggle').click();
        const box = page.getByRole('combobox', { name: /^Search papers/ });
        await box.click();
        await page.keyboard.type('squad');
        const list = page.getByRole('listbox', { name: 'Suggestions' });
        await list.getByRole('option', { name: 'SQuAD1.1', exact: true }).waitFor();
        await page.keyboard.press('Escape');
        await waitUntil(
          'the suggestions to close',
          () => box.getAttribute('aria-expanded'),
          (v) => v === 'false',
        );
        expect(await list.isVisible()).toBe(false);
        expect(await box.inputValue()).toBe('squad');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/search\?q=squad$/);
        await page.getByRole('heading', { level: 1, name: 'Results for “squad”' }).waitFor();
        const results = page.locator('.search-results');
        await results.getByRole('link', { name: 'SQuAD1.1', exact: true }).waitFor();
        await results.getByRole('link', { name: 'Question Answering on SQuAD1.1', exact: true }).waitFor();
        // The matched part is marked, as text.
        await waitForText(results.locator('mark').first(), /^squad$/i);
        await waitForTitle(page, 'Search: squad | Papers with Code 2');
        await screenshot(page, `${viewport.name}search-squad`);

        await page
          .getByRole('navigation', { name: 'Kinds of results' })
          .getByRole('link', { name: /^Leaderboards/ })
          .click();
        await page.waitForURL(/type=BENCHMARK/);
        await waitUntil(
          'only leaderboards listed',
          () => results.locator('.search-result__note').allTextContents(),
          (notes) => notes.length > 0 && notes.every((note) => note === 'Leaderboard'),
        );
      });

      it('"did you mean" for a typo, and paper facets whose counts are what the list shows', async () => {
        const { page } = browser;
        await page.goto(baseUrl() + '/search?q=bret');
        const suggestion = page.locator('.did-you-mean').getByRole('link', { name: 'BERT', exact: true });
        await suggestion.click();
        await page.waitForURL(/\/search\?q=BERT$/);
        await page.locator('.search-results').getByRole('link', { name: 'BERT', exact: true }).first().waitFor();

        await page.goto(baseUrl() + '/search?q=language&type=PAPER');
        const facets = page.getByRole('complementary', { name: 'Filter papers' });
        const withCode = facets.getByRole('group', { name: 'Code' }).getByRole('button', { name: /^With code/ });
        await withCode.waitFor();
        const expected = Number(await withCode.locator('.count').textContent());
        await withCode.click();
        await page.waitForURL(/code=true/);
        await waitUntil(
          'the list to show as many papers as the facet counted',
          () => page.locator('.paper-list > li').count(),
          (count) => count === expected,
        );
        expect(await withCode.getAttribute('aria-pressed')).toBe('true');
        await screenshot(page, `${viewport.name}search-papers-facets`);
      });
    });
  }
});
