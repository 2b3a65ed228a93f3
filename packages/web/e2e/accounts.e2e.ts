import { baseUrl, openBrowser, screenshot, type Browser } from './browser';
import { waitForText, waitUntil } from './wait';

describe('accounts (issue 12)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const email = `e2e-${Date.now()}@example.org`;
  const password = 'correct horse battery staple';

  it('signs up (with field errors first), makes an API token, signs out and signs in again', async () => {
    const { page } = browser;
    await page.goto(baseUrl() + '/sota');
    const header = page.locator('.site-header');
    await header.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/signin\?next=%2Fsota$/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();

    // Every problem at once, beside its field.
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada-at-example.org');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'signup-field-errors');

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    // Back where the reader came from, signed in.
    await page.waitForURL(/\/sota$/);
    const menu = header.getByRole('button', { name: 'Ada Lovelace' });
    await menu.click();
    await header.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(/\/account$/);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText(email).waitFor();
    await page.getByText('This browser', { exact: true }).waitFor();

    // A token, shown once.
    await page.getByLabel('Token name').fill('nightly upload');
    await page.getByRole('button', { name: 'Make token' }).click();
    const secret = page.locator('.token-created code');
    const token = await waitUntil(
      'the new token',
      () => secret.textContent(),
      (text) => /^pwc_[\w-]{43}$/.test(text ?? ''),
    );
    await page.getByRole('listitem').filter({ hasText: 'nightly upload' }).waitFor();
    await screenshot(page, 'account-token-created');
    // The token works for scripts.
    const viewer = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(await viewer.json()).toMatchObject({ data: { viewer: { email } } });
    // Once dismissed (or after a reload), the secret is gone from the page.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: 'nightly upload' }).waitFor();
    expect(await page.content()).not.toContain(token!);

    // Sign out from the menu: the header says "Sign in", the account page sends to sign-in.
    await header.getByRole('button', { name: 'Ada Lovelace' }).click();
    await header.getByRole('button', { name: 'Sign out' }).click();
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(baseUrl() + '/account');
    await page.waitForURL(/\/signin\?next=%2Faccount$/);

    // A wrong password: one message for the form, nothing said about the email.
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForText(page.getByRole('alert'), 'The email address or the password is wrong');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
    await page.getByRole('listitem').filter({ hasText: 'nightly upload' }).waitFor();
    await header.getByRole('button', { name: 'Ada Lovelace' }).waitFor();

    // Revoked (after a confirmation): the script's token stops working at once.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke the token nightly upload' }).click();
    await page.getByText('No tokens yet.').waitFor();
    const revoked = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(await revoked.json()).toMatchObject({ data: { viewer: null } });
    expect(browser.pageErrors).toEqual([]);
  });

  it('fits a phone: the header keeps one row, the account is in the menu (and signs out from there)', async () => {
    const phone = await openBrowser({ width: 360, height: 800 });
    try {
      await phone.page.goto(baseUrl() + '/signin');
      await phone.page.getByLabel('Email').fill(email);
      await phone.page.getByLabel('Password').fill(password);
      await phone.page.getByRole('button', { name: 'Sign in' }).click();
      await phone.page.waitForURL(/\/account$/);
      await phone.page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      const nav = phone.page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: 'Menu' }).click();
      const account = nav.getByRole('link', { name: /^Account/ });
      await account.waitFor();
      expect(await account.textContent()).toBe('Account (Ada Lovelace)');
      const [header, box] = [await phone.page.locator('.site-header').boundingBox(), await account.boundingBox()];
      expect(header!.height).toBeLessThanOrEqual(60);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await screenshot(phone.page, 'account-phone');
      await nav.getByRole('button', { name: 'Sign out' }).click();
      await phone.page.waitForURL(/\/$/);
      await nav.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: 'Sign in' }).waitFor();
    } finally {
      await phone.close();
    }
  });
});
