import { baseUrl, openBrowser, type Browser } from './browser';
import { setRole, startServer, stopServer, type RunningServer } from './server';

/** The password of the accounts the suites sign up. */
export const PASSWORD = 'correct horse battery staple';

export interface OwnServer {
  /** The Chromium sessions opened for the suite, in order (set in beforeAll). */
  browsers: Browser[];
  server(): RunningServer;
  /** A role given on the server's own database, as `pwc user set-role` gives it. */
  setRole(email: string, role: string): Promise<void>;
}

/**
 * A suite on a server of its own, for suites that change data the others read as imported:
 * starts it before the suite, points baseUrl() at it and opens `browsers` Chromium sessions;
 * closes them, points baseUrl() back and stops the server after.
 */
export function withOwnServer(browsers: number): OwnServer {
  let server: RunningServer | undefined;
  let sharedUrl: string | undefined;
  const own: OwnServer = {
    browsers: [],
    server: () => server!,
    setRole: (email, role) => setRole(server!.dataDir, email, role),
  };
  beforeAll(async () => {
    server = await startServer();
    sharedUrl = process.env.PWC_E2E_BASE_URL;
    process.env.PWC_E2E_BASE_URL = server.baseUrl;
    for (let i = 0; i < browsers; i++) own.browsers.push(await openBrowser());
  });
  afterAll(async () => {
    for (const browser of own.browsers) await browser.close();
    process.env.PWC_E2E_BASE_URL = sharedUrl;
    if (server) await stopServer(server);
  });
  return own;
}

/** Signs up through the form and waits for the page it leads to (`next`, its path). */
export async function signUp(page: Browser['page'], name: string, email: string, next: string): Promise<void> {
  await page.goto(`${baseUrl()}/signup?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}
