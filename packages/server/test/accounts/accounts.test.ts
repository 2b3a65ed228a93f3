import { Role } from '../../src/modules/account/role';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { AccountClient, errorCode, newEmail, PASSWORD, signedInAs } from './account-client';

let db: TestDatabase;
let server: TestServer;
const client = () => new AccountClient(server.url);

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const CREATE_TOKEN = `mutation($name: String!) {
  createApiToken(name: $name) { token apiToken { id name prefix createdAt lastUsedAt } }
}`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}`;
const SET_ROLE = `mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id name role } }`;

describe('sign-up, sign-in and sign-out', () => {
  it('signs a new account up and in: HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const browser = client();
    const email = newEmail();
    const reply = await browser.signUp(email, PASSWORD, '  Ada   Lovelace ');
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.signUp).toMatchObject({ email, name: 'Ada Lovelace', role: 'CONTRIBUTOR' });
    const [session, csrf] = browser.setCookieHeaders;
    expect(session).toMatch(/^pwc_session=[\w-]{43}; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    expect(csrf).toMatch(/^pwc_csrf=[\w-]{43}; Path=\/; Expires=.*; SameSite=Lax$/);
    // http://127.0.0.1 is the local setup: not Secure under the default `auto`.
    expect(session).not.toMatch(/Secure/);
    expect(await browser.viewer()).toEqual({ ...reply.body.data.signUp });
    expect(await client().viewer()).toBeNull();
    // Stored: an argon2id hash, never the password.
    const [row] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE email = $1', [email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a second account for an email in another letter case, naming the argument', async () => {
    const email = newEmail();
    await client().signUp(email, PASSWORD);
    const reply = await client().signUp(email.toUpperCase(), PASSWORD);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'email' });
    const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE lower(email) = $1', [
      email,
    ]);
    expect(n).toBe(1);
  });

  it('signs in with the email in any letter case', async () => {
    const email = newEmail();
    await client().signUp(email, PASSWORD);
    const browser = client();
    expect((await browser.signIn(email.toUpperCase(), PASSWORD)).body.data.signIn.email).toBe(email);
    expect((await browser.viewer())?.email).toBe(email);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const email = newEmail();
    await client().signUp(email, PASSWORD);
    const wrongPassword = await client().signIn(email, 'not the password at all');
    const unknownEmail = await client().signIn(newEmail('nobody'), 'not the password at all');
    expect(wrongPassword.status).toBe(unknownEmail.status);
    expect(wrongPassword.text).toBe(unknownEmail.text);
    expect(wrongPassword.body.errors?.[0]).toMatchObject({
      message: 'The email address or the password is wrong',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('does not sign a disabled account in, with the same answer as a wrong password', async () => {
    const email = newEmail();
    await client().signUp(email, PASSWORD);
    await db.dataSource.query('UPDATE app_user SET disabled = true WHERE email = $1', [email]);
    const disabled = await client().signIn(email, PASSWORD);
    const wrong = await client().signIn(email, 'not the password at all');
    expect(disabled.text).toBe(wrong.text);
  });

  it("ends the browser's previous session when it signs in again, as another account or the same", async () => {
    const email = newEmail();
    await client().signUp(email, PASSWORD);
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    const previous = new Map(browser.cookies);
    expect((await browser.signIn(email, PASSWORD)).body.data.signIn.email).toBe(email);
    expect(browser.cookies.get('pwc_session')).not.toBe(previous.get('pwc_session'));
    const copy = client();
    previous.forEach((value, name) => copy.cookies.set(name, value));
    expect(await copy.viewer()).toBeNull();
    expect((await browser.viewer())?.email).toBe(email);
  });

  it('signs out: the session is deleted, so its cookie no longer works anywhere', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    const stolenCopy = new Map(browser.cookies);
    const reply = await browser.post('mutation { signOut }');
    expect(reply.body.data).toEqual({ signOut: true });
    expect(browser.cookies.size).toBe(0);
    expect(await browser.viewer()).toBeNull();
    const copy = client();
    stolenCopy.forEach((value, name) => copy.cookies.set(name, value));
    expect(await copy.viewer()).toBeNull();
  });
});

describe('password change', () => {
  it('changes the password and ends every other session of the account, keeping this one', async () => {
    const email = newEmail();
    const laptop = client();
    await laptop.signUp(email, PASSWORD);
    const phone = client();
    await phone.signIn(email, PASSWORD);
    const reply = await laptop.post(CHANGE_PASSWORD, { current: PASSWORD, next: 'a brand new passphrase' });
    expect(reply.body).toEqual({ data: { changePassword: true }, extensions: expect.anything() });
    expect((await laptop.viewer())?.email).toBe(email);
    expect(await phone.viewer()).toBeNull();
    expect(errorCode(await client().signIn(email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await client().signIn(email, 'a brand new passphrase')).body.data.signIn.email).toBe(email);
  });

  it('refuses a wrong current password or a too short new one, naming the argument', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    const wrong = await browser.post(CHANGE_PASSWORD, { current: 'not the password', next: 'a brand new passphrase' });
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'currentPassword' });
    const short = await browser.post(CHANGE_PASSWORD, { current: PASSWORD, next: 'short' });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'newPassword' });
    expect(short.text).not.toContain('short"');
  });

  it('is not for API tokens, nor for anonymous requests', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    const script = client();
    script.bearer = (await browser.post(CREATE_TOKEN, { name: 'ci' })).body.data.createApiToken.token;
    const byToken = await script.post(CHANGE_PASSWORD, { current: PASSWORD, next: 'a brand new passphrase' });
    expect(errorCode(byToken)).toBe('FORBIDDEN');
    const anonymous = await client().post(CHANGE_PASSWORD, { current: PASSWORD, next: 'a brand new passphrase' });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});

describe('API tokens', () => {
  it('are shown once, listed without their secret, used as Bearer, and stop working once revoked', async () => {
    const browser = client();
    const email = newEmail();
    await browser.signUp(email, PASSWORD);
    const created = await browser.post(CREATE_TOKEN, { name: '  nightly upload ' });
    const { token, apiToken } = created.body.data.createApiToken;
    expect(token).toMatch(/^pwc_[\w-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'nightly upload', prefix: token.slice(0, 8), lastUsedAt: null });

    const listed = await browser.post('{ viewer { tokens { id name prefix lastUsedAt } } }');
    expect(listed.body.data.viewer.tokens).toEqual([
      { id: apiToken.id, name: 'nightly upload', prefix: token.slice(0, 8), lastUsedAt: null },
    ]);
    expect(listed.text).not.toContain(token);
    const [stored] = await db.dataSource.query('SELECT * FROM api_token WHERE name = $1', ['nightly upload']);
    expect(JSON.stringify(stored)).not.toContain(token.slice(8));

    const script = client();
    script.bearer = token;
    expect((await script.viewer())?.email).toBe(email);
    const used = await browser.post('{ viewer { tokens { lastUsedAt } } }');
    expect(used.body.data.viewer.tokens[0].lastUsedAt).not.toBeNull();
    // A bearer request needs no CSRF token for its mutations.
    const revoked = await script.post('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id });
    expect(revoked.body.data).toEqual({ revokeApiToken: true });
    expect(await script.viewer()).toBeNull();
    const after = await script.post('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id });
    expect(after.body.errors?.[0]).toMatchObject({
      message: 'The API token is unknown or was revoked',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('cannot be made with a token, nor revoked by another account (answered as missing)', async () => {
    const owner = client();
    await owner.signUp(newEmail(), PASSWORD);
    const { token, apiToken } = (await owner.post(CREATE_TOKEN, { name: 'mine' })).body.data.createApiToken;
    const script = client();
    script.bearer = token;
    expect(errorCode(await script.post(CREATE_TOKEN, { name: 'another' }))).toBe('FORBIDDEN');

    const other = client();
    await other.signUp(newEmail(), PASSWORD);
    const theft = await other.post('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id });
    expect(errorCode(theft)).toBe('NOT_FOUND');
    expect(await script.viewer()).not.toBeNull();
  });

  it('refuses an empty name, naming the argument', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    const reply = await browser.post(CREATE_TOKEN, { name: '   ' });
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
  });
});

describe('sessions', () => {
  it("lists the account's sessions, marks this one, and revokes another", async () => {
    const email = newEmail();
    const laptop = client();
    await laptop.signUp(email, PASSWORD);
    const phone = client();
    await phone.signIn(email, PASSWORD);
    const listed = await laptop.post('{ viewer { sessions { id current lastSeenAt } } }');
    const sessions = listed.body.data.viewer.sessions as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current)!;
    expect((await laptop.post('mutation($id: ID!) { revokeSession(id: $id) }', { id: other.id })).body.data).toEqual({
      revokeSession: true,
    });
    expect(await phone.viewer()).toBeNull();
    expect(await laptop.viewer()).not.toBeNull();
  });
});

describe('CSRF for cookie sessions', () => {
  it('refuses a cookie-authenticated mutation without the CSRF header, or with a wrong one, before it runs', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    for (const csrf of [false, 'forged-value']) {
      const reply = await browser.post(CREATE_TOKEN, { name: 'forged' }, { csrf });
      expect(reply.status).toBe(403);
      expect(errorCode(reply)).toBe('FORBIDDEN');
      expect(reply.body.errors?.[0]?.message).toMatch(/x-pwc-csrf/);
    }
    expect((await browser.post(CREATE_TOKEN, { name: 'genuine' })).body.data.createApiToken.token).toMatch(/^pwc_/);
    const [{ n }] = await db.dataSource.query("SELECT count(*)::int AS n FROM api_token WHERE name = 'forged'");
    expect(n).toBe(0);
  });

  it('takes no CSRF token for queries', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    expect((await browser.post('{ viewer { email } }', undefined, { csrf: false })).body.data.viewer).not.toBeNull();
  });

  it('never runs a mutation sent by GET', async () => {
    const browser = client();
    await browser.signUp(newEmail(), PASSWORD);
    const reply = await browser.get('mutation { signOut }');
    expect(reply.status).toBe(405);
    expect(await browser.viewer()).not.toBeNull();
  });
});

describe('roles', () => {
  it('lets only admins give roles, for every role, anonymous included', async () => {
    const target = await signedInAs(db.dataSource, server.url, Role.CONTRIBUTOR, 'Target');
    for (const role of [Role.CONTRIBUTOR, Role.TRUSTED, Role.MODERATOR]) {
      const { client: actor } = await signedInAs(db.dataSource, server.url, role);
      const reply = await actor.post(SET_ROLE, { userId: target.globalId, role: 'ADMIN' });
      expect(reply.body.errors?.[0]).toMatchObject({
        message: `This needs the ADMIN role or above; the account is ${role}`,
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(errorCode(await client().post(SET_ROLE, { userId: target.globalId, role: 'ADMIN' }))).toBe(
      'UNAUTHENTICATED',
    );
    const [{ role }] = await db.dataSource.query('SELECT role FROM app_user WHERE id = $1', [target.id]);
    expect(role).toBe('CONTRIBUTOR');

    const { client: admin } = await signedInAs(db.dataSource, server.url, Role.ADMIN);
    const promoted = await admin.post(SET_ROLE, { userId: target.globalId, role: 'MODERATOR' });
    expect(promoted.body.data.setUserRole).toEqual({ id: target.globalId, name: 'Target', role: 'MODERATOR' });
    // The target's own session sees the new role at once.
    expect((await target.client.viewer())?.role).toBe('MODERATOR');
  });

  it("refuses an admin's change of their own role, unknown accounts and malformed ids", async () => {
    const { client: admin, globalId } = await signedInAs(db.dataSource, server.url, Role.ADMIN);
    expect(errorCode(await admin.post(SET_ROLE, { userId: globalId, role: 'CONTRIBUTOR' }))).toBe('FORBIDDEN');
    const missing = Buffer.from('User:999999').toString('base64url');
    expect(errorCode(await admin.post(SET_ROLE, { userId: missing, role: 'TRUSTED' }))).toBe('NOT_FOUND');
    const malformed = await admin.post(SET_ROLE, { userId: 'not-an-id', role: 'TRUSTED' });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'userId' });
    const wrongType = await admin.post(SET_ROLE, {
      userId: Buffer.from('Task:1').toString('base64url'),
      role: 'TRUSTED',
    });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
  });

  it('lets admins disable an account: it cannot sign in, its session and tokens stop, until enabled', async () => {
    const DISABLE = `mutation($userId: ID!, $disabled: Boolean!) { setUserDisabled(userId: $userId, disabled: $disabled) { id } }`;
    const vandal = await signedInAs(db.dataSource, server.url, Role.CONTRIBUTOR, 'Vandal');
    const script = client();
    script.bearer = (await vandal.client.post(CREATE_TOKEN, { name: 'bot' })).body.data.createApiToken.token;
    for (const role of [Role.CONTRIBUTOR, Role.TRUSTED, Role.MODERATOR]) {
      const { client: actor } = await signedInAs(db.dataSource, server.url, role);
      expect(errorCode(await actor.post(DISABLE, { userId: vandal.globalId, disabled: true }))).toBe('FORBIDDEN');
    }
    const { client: admin, globalId: adminId } = await signedInAs(db.dataSource, server.url, Role.ADMIN);
    expect(errorCode(await admin.post(DISABLE, { userId: adminId, disabled: true }))).toBe('FORBIDDEN');
    expect((await admin.post(DISABLE, { userId: vandal.globalId, disabled: true })).body.data).toEqual({
      setUserDisabled: { id: vandal.globalId },
    });
    expect(await vandal.client.viewer()).toBeNull();
    expect(await script.viewer()).toBeNull();
    const refused = await client().signIn(vandal.email, PASSWORD);
    expect(refused.body.errors?.[0]?.message).toBe('The email address or the password is wrong');
    const profile = await client().post('query($id: ID!) { user(id: $id) { name } }', { id: vandal.globalId });
    expect(profile.body.data.user).toBeNull();

    await admin.post(DISABLE, { userId: vandal.globalId, disabled: false });
    expect((await script.viewer())?.name).toBe('Vandal');
    expect((await client().signIn(vandal.email, PASSWORD)).body.data.signIn.name).toBe('Vandal');
  });

  it('works with an admin API token, without a CSRF token', async () => {
    const target = await signedInAs(db.dataSource, server.url, Role.CONTRIBUTOR);
    const { client: admin } = await signedInAs(db.dataSource, server.url, Role.ADMIN);
    const script = client();
    script.bearer = (await admin.post(CREATE_TOKEN, { name: 'admin script' })).body.data.createApiToken.token;
    const reply = await script.post(SET_ROLE, { userId: target.globalId, role: 'TRUSTED' });
    expect(reply.body.data.setUserRole.role).toBe('TRUSTED');
  });
});

describe('public profiles', () => {
  it('shows name, role and joining date, never the email', async () => {
    const { globalId, email } = await signedInAs(db.dataSource, server.url, Role.TRUSTED, 'Grace Hopper');
    const reply = await client().post('query($id: ID!) { user(id: $id) { id name role joinedAt } }', { id: globalId });
    expect(reply.body.data.user).toMatchObject({ id: globalId, name: 'Grace Hopper', role: 'TRUSTED' });
    expect(new Date(reply.body.data.user.joinedAt).getTime()).toBeGreaterThan(0);
    expect(reply.text).not.toContain(email);
    const missing = Buffer.from('User:999999').toString('base64url');
    expect(
      (await client().post('query($id: ID!) { user(id: $id) { name } }', { id: missing })).body.data.user,
    ).toBeNull();
  });
});

describe('arguments', () => {
  it.each([
    ['email', { email: 'not-an-email', password: PASSWORD, name: 'A' }],
    ['email', { email: 'two words@example.org', password: PASSWORD, name: 'A' }],
    ['password', { email: 'short@example.org', password: 'short', name: 'A' }],
    ['password', { email: 'long@example.org', password: 'x'.repeat(201), name: 'A' }],
    ['name', { email: 'noname@example.org', password: PASSWORD, name: '  ' }],
    ['name', { email: 'longname@example.org', password: PASSWORD, name: 'n'.repeat(81) }],
    ['name', { email: 'control@example.org', password: PASSWORD, name: 'bell\u0007' }],
  ])('signUp refuses a bad %s with BAD_USER_INPUT naming it', async (argument, variables) => {
    const reply = await client().signUp(variables.email, variables.password, variables.name);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(reply.text).not.toContain(variables.password);
    const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [
      variables.email,
    ]);
    expect(n).toBe(0);
  });
});
