import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { LOG_REDACTIONS } from '../../src/logger';
import { outboxMailer, type Mailer } from '../../src/modules/account/mailer';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { AccountClient, errorCode, newEmail, PASSWORD } from './account-client';

/**
 * "Forgot password?" (issue 12): the same answer, and the same statements, whether or not an
 * address has an account; a one-time link mailed to the outbox (the development mailer) with a
 * token kept hashed; it expires; using it ends the account's sessions; tokens never logged.
 */
const REQUEST = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET = `mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { id email }
}`;
const NEW_PASSWORD = 'a brand new passphrase';

describe('password reset', () => {
  const statements = new StatementCounter();
  const logLines: string[] = [];
  let db: TestDatabase;
  let server: TestServer;
  let outbox: string;
  let mailer: Mailer;

  /** The mails in the outbox so far, oldest first. */
  const mails = async () => {
    await mailer.idle();
    const names = (await readdir(outbox).catch(() => [] as string[])).sort();
    return Promise.all(
      names.map(async (name) => JSON.parse(await readFile(join(outbox, name), 'utf8')) as Record<string, string>),
    );
  };
  const tokenIn = (mail: Record<string, string>) => /reset-password\?token=([\w-]{43})\n/.exec(mail.text!)![1]!;
  const signedUp = async () => {
    const browser = new AccountClient(server.url);
    const email = newEmail('reset');
    expect((await browser.signUp(email, PASSWORD)).body.errors).toBeUndefined();
    return { browser, email };
  };

  beforeAll(async () => {
    db = await createTestDatabase({ logger: statements });
    outbox = await mkdtemp(join(tmpdir(), 'pwc-outbox-'));
    const logger = pino(
      { level: 'trace', redact: { paths: LOG_REDACTIONS, censor: '[redacted]' } },
      new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    );
    mailer = outboxMailer(outbox, logger);
    server = await startTestServer(db.dataSource, {
      logger,
      accounts: { mailer, publicUrl: 'https://pwc.example.org' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    if (outbox) await rm(outbox, { recursive: true, force: true });
  });

  it('answers the same, with the same statements, whether or not the address has an account', async () => {
    const { email } = await signedUp();
    const before = (await mails()).length;
    const asked = async (address: string) => {
      statements.reset();
      const reply = await new AccountClient(server.url).post(REQUEST, { email: address });
      const sql = statements.statements.filter((s) => /password_reset|app_user/.test(s));
      return { status: reply.status, text: reply.text, sql };
    };
    const known = await asked(email.toUpperCase());
    const unknown = await asked(newEmail('nobody'));
    expect(known.status).toBe(200);
    expect(unknown).toEqual({ ...known, sql: known.sql });
    expect(JSON.parse(known.text)).toMatchObject({
      data: { requestPasswordReset: true },
      extensions: { cost: { requested: 5 } },
    });
    expect(known.sql).toHaveLength(1);
    // Only the account's address got mail, with a link to the configured site (not the Host header).
    const sent = (await mails()).slice(before);
    expect(sent.map((mail) => mail.to)).toEqual([email]);
    expect(sent[0]!.text).toContain('https://pwc.example.org/reset-password?token=');
  });

  it('keeps only the token’s hash; the link works once, signs in, and ends every other session', async () => {
    const { browser, email } = await signedUp();
    const laptop = new AccountClient(server.url);
    expect((await laptop.signIn(email, PASSWORD)).body.errors).toBeUndefined();
    await new AccountClient(server.url).post(REQUEST, { email });
    const token = tokenIn((await mails()).at(-1)!);
    const stored = await db.dataSource.query(
      `SELECT encode(token_hash, 'hex') AS hash FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.email = $1`,
      [email],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].hash).not.toContain(Buffer.from(token).toString('hex'));
    expect(stored[0].hash).toHaveLength(64);

    const phone = new AccountClient(server.url);
    const reset = await phone.post(RESET, { token, password: NEW_PASSWORD });
    expect(reset.body.errors).toBeUndefined();
    expect(reset.body.data.resetPassword.email).toBe(email);
    expect(await phone.viewer()).toMatchObject({ email });
    // The sessions from before are over; the old password no longer works, the new one does.
    expect(await browser.viewer()).toBeNull();
    expect(await laptop.viewer()).toBeNull();
    expect(errorCode(await new AccountClient(server.url).signIn(email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await new AccountClient(server.url).signIn(email, NEW_PASSWORD)).body.errors).toBeUndefined();
    // Once only.
    const again = await new AccountClient(server.url).post(RESET, { token, password: 'yet another passphrase' });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'token' });
  });

  it('voids the other links of the account when one is used, and refuses an expired link', async () => {
    const { email } = await signedUp();
    await new AccountClient(server.url).post(REQUEST, { email });
    await new AccountClient(server.url).post(REQUEST, { email });
    const [first, second] = (await mails()).filter((mail) => mail.to === email).map(tokenIn);
    expect(
      (await new AccountClient(server.url).post(RESET, { token: second, password: NEW_PASSWORD })).body.errors,
    ).toBeUndefined();
    const voided = await new AccountClient(server.url).post(RESET, { token: first, password: NEW_PASSWORD });
    expect(errorCode(voided)).toBe('BAD_USER_INPUT');

    await new AccountClient(server.url).post(REQUEST, { email });
    const late = tokenIn((await mails()).at(-1)!);
    // As if the hour had passed.
    await db.dataSource.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second'
       WHERE user_id = (SELECT id FROM app_user WHERE email = $1) AND used_at IS NULL`,
      [email],
    );
    const expired = await new AccountClient(server.url).post(RESET, { token: late, password: NEW_PASSWORD });
    expect(expired.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'token' });
    expect((await new AccountClient(server.url).signIn(email, NEW_PASSWORD)).body.errors).toBeUndefined();
  });

  it('checks the arguments at the boundary, naming them', async () => {
    const anyone = new AccountClient(server.url);
    const cases: [string, Record<string, unknown>, string][] = [
      [REQUEST, { email: 'not an address' }, 'email'],
      [RESET, { token: 'short', password: NEW_PASSWORD }, 'token'],
      [RESET, { token: 'x'.repeat(43), password: 'short' }, 'newPassword'],
    ];
    for (const [query, variables, argument] of cases) {
      const reply = await anyone.post(query, variables);
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    // A well-formed token nobody was sent.
    const unknown = await anyone.post(RESET, { token: 'A'.repeat(43), password: NEW_PASSWORD });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'token' });
  });

  it('never writes a token or a password to the logs', async () => {
    const { email } = await signedUp();
    await new AccountClient(server.url).post(REQUEST, { email });
    const token = tokenIn((await mails()).at(-1)!);
    await new AccountClient(server.url).post(RESET, { token, password: NEW_PASSWORD });
    const logged = logLines.join('');
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(NEW_PASSWORD);
  });

  it('limits requests per email address and per client address, the same for addresses without an account', async () => {
    const limited = await startTestServer(db.dataSource, {
      accounts: { mailer, limits: { passwordResetsPerEmail: 2, passwordResetsPerAddress: 7 } },
    });
    try {
      const { email } = await signedUp();
      for (const address of [email, newEmail('nobody')]) {
        const replies = [];
        for (let n = 0; n < 3; n++)
          replies.push(await new AccountClient(limited.url).post(REQUEST, { email: address }));
        expect(replies.map((reply) => reply.status)).toEqual([200, 200, 429]);
        expect(errorCode(replies[2]!)).toBe('RATE_LIMITED');
        expect(Number(replies[2]!.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // Seven from this client address in all (three and three above, plus this one); the eighth is refused.
      expect((await new AccountClient(limited.url).post(REQUEST, { email: newEmail('other') })).status).toBe(200);
      expect((await new AccountClient(limited.url).post(REQUEST, { email: newEmail('other') })).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
