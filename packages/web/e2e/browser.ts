import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WEB_ROOT } from './server';
import { WAIT_MS } from './wait';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS = join(WEB_ROOT, 'test-artifacts');

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** Requests that left the server's origin (the app must work offline). */
  foreignRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  close: () => Promise<void>;
}

export function baseUrl(): string {
  const url = process.env.PWC_E2E_BASE_URL;
  if (!url) throw new Error('PWC_E2E_BASE_URL is not set: run the e2e tests with jest.e2e.config.js');
  return url;
}

/** Debian's chromium, headless, with a fresh profile. */
export async function openBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'pwc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    timeout: WAIT_MS,
  });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  const slowdown = Number(process.env.PWC_E2E_CPU_SLOWDOWN ?? 1);
  if (slowdown > 1) {
    // Chromium runs the page's scripts this many times slower: flushes out tests that race the app.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  const origin = new URL(baseUrl()).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    page,
    context,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves what the page looks like, for a person to review (test-artifacts/ is git-ignored). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
