import type { Locator, Page } from 'playwright-core';

/**
 * The upper bound of every wait in the end-to-end tests (Playwright's default timeout too). It
 * is generous because a busy machine is slow, not wrong: tests wait for conditions, and only a
 * condition that never comes true costs this long.
 */
export const WAIT_MS = 90_000;

const POLL_MS = 100;

/**
 * Reads `read()` until `accept` takes its value, and returns that value. For checks of what the
 * page shows (text, counts, pixels): the app renders in steps, so a single read could catch it
 * mid-way. Fails after `timeoutMs` with the last value seen.
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${timeoutMs / 1000}s for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

/** Waits until the element's text contains `expected` (a string) or matches it (a RegExp); returns the text. */
export function waitForText(locator: Locator, expected: string | RegExp): Promise<string> {
  return waitUntil(
    `${String(locator)} to show ${String(expected)}`,
    async () => (await locator.textContent()) ?? '',
    (text) => matches(text, expected),
  );
}

/** Waits until the document title is `title` (pages set it once their data is in). */
export async function waitForTitle(page: Page, title: string): Promise<void> {
  await waitUntil(
    `the title "${title}"`,
    () => page.title(),
    (current) => current === title,
  );
}
