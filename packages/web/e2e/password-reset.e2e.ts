import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitUntil } from './wait';

/**
 * "Forgot password?" in Chromium (issue 12): asked for from /signin, the link read from the
 * development mailer's outbox (the server's data folder), the new password set on
 * /reset-password?token=…, which signs this browser in and ends the account's other sessions;
 * the link works once; an address without an account gets the very same answer.
 */
const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase';

/** The reset link mailed to `email`, once the outbox has it. */
async function mailedLink(email: string): Promise<string> {
  const dataDir = process.env.PWC_E2E_DATA_DIR;
  if (!dataDir) throw new Error('PWC_E2E_DATA_DIR is not set: run the e2e tests with jest.e2e.config.js');
  const outbox = join(dataDir, 'outbox');
  const read = async () => {
    const names = await readdir(outbox).catch(() => [] as string[]);
    for (const name of names) {
      const mail = JSON.parse(await readFile(join(outbox, name), 'utf8')) as { to: string; text: string };
      const link = mail.to === email ? /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0] : undefined;
      if (link) return link;
    }
    return null;
  };
  return (await waitUntil(`a reset mail to ${email} in ${outbox}`, read, (link) => link !== null))!;
}

async function viewerEmail(browser: Browser): Promise<string | null> {
  return browser.page.evaluate(async () => {
    const reply = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    const body = (await reply.json()) as { data: { viewer: { email: string } | null } };
    return body.data.viewer?.email ?? null;
  });
}

describe('password reset (issue 12)', () => {
  let laptop: Browser;
  let phone: Browser;
  beforeAll(async () => {
    laptop = await openBrowser();
    phone = await openBrowser({ width: 360, height: 800 });
  });
  afterAll(async () => {
    await laptop?.close();
    await phone?.close();
  });

  it('mails a one-time link that sets a new password and ends the other sessions', async () => {
    const email = `rita-${Date.now()}@example.org`;
    // Signed up (and so signed in) on the laptop.
    await laptop.page.goto(`${baseUrl()}/signup?next=%2Faccount`);
    await laptop.page.getByLabel('Name').fill('Rita Reset');
    await laptop.page.getByLabel('Email').fill(email);
    await laptop.page.getByLabel('Password').fill(PASSWORD);
    await laptop.page.getByRole('button', { name: 'Create account' }).click();
    await laptop.page.waitForURL((url) => url.pathname === '/account');
    expect(await viewerEmail(laptop)).toBe(email);

    // On the phone: Forgot password? from the sign-in page.
    const { page } = phone;
    await page.goto(`${baseUrl()}/signin`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL((url) => url.pathname === '/reset-password');
    // The sign-in page (and its Email field) stays until the next page has loaded.
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await screenshot(page, 'reset-request-360');
    await page.getByRole('button', { name: 'Send the link' }).click();
    const answer = await waitForText(page.locator('.form-success'), 'a link to reset its password is on its way');

    // An address without an account gets the same answer (but for the address).
    const nobody = `nobody-${Date.now()}@example.org`;
    await page.goto(`${baseUrl()}/reset-password`);
    await page.getByLabel('Email').fill(nobody);
    await page.getByRole('button', { name: 'Send the link' }).click();
    const same = await waitForText(page.locator('.form-success'), 'is on its way');
    expect(same.replace(nobody, 'ADDRESS')).toBe(answer.replace(email, 'ADDRESS'));

    // The link from the outbox: a new password, and this browser is signed in.
    const link = await mailedLink(email);
    expect(new URL(link).pathname).toBe('/reset-password');
    await page.goto(`${baseUrl()}${new URL(link).pathname}${new URL(link).search}`);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await screenshot(page, 'reset-new-password-360');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    expect(await viewerEmail(phone)).toBe(email);
    // The laptop's session is over.
    expect(await viewerEmail(laptop)).toBeNull();

    // The link works once.
    await laptop.page.goto(`${baseUrl()}${new URL(link).pathname}${new URL(link).search}`);
    await laptop.page.getByLabel('New password').fill('yet another passphrase');
    await laptop.page.getByRole('button', { name: 'Set the new password' }).click();
    await waitForText(laptop.page.locator('.form-error'), 'used already or has expired');
    await screenshot(laptop.page, 'reset-used-link-1280');
    // The new password signs in; the old one no longer does.
    await laptop.page.goto(`${baseUrl()}/signin`);
    await laptop.page.getByLabel('Email').fill(email);
    await laptop.page.getByLabel('Password').fill(PASSWORD);
    await laptop.page.getByRole('button', { name: 'Sign in' }).click();
    await waitForText(laptop.page.locator('.form-error'), 'wrong');
    await laptop.page.getByLabel('Password').fill(NEW_PASSWORD);
    await laptop.page.getByRole('button', { name: 'Sign in' }).click();
    await laptop.page.waitForURL((url) => url.pathname === '/account');
    expect(await viewerEmail(laptop)).toBe(email);
    expect(phone.pageErrors).toEqual([]);
    expect(laptop.pageErrors).toEqual([]);
  });
});
