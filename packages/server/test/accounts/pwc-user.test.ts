import { spawn } from 'node:child_process';
import { ExitCode } from '../../src/exit-codes';
import { PWC_JS, requireBuiltDist } from '../process/process-harness';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { AccountClient, newEmail } from './account-client';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  requireBuiltDist();
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource);
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

/** Runs `pwc` on the test database, with `stdin` as its standard input. */
function pwc(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [PWC_JS, ...args], {
    env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('pwc user', () => {
  it('create --admin --password-stdin makes the first admin, who can sign in', async () => {
    const email = newEmail('admin');
    const run = await pwc(
      ['user', 'create', '--email', email, '--name', 'First Admin', '--admin', '--password-stdin'],
      'an admin passphrase\n',
    );
    expect(run).toMatchObject({ code: ExitCode.Ok, stdout: `Made the ADMIN account ${email}\n` });
    const browser = new AccountClient(server.url);
    const signedIn = await browser.signIn(email, 'an admin passphrase');
    expect(signedIn.body.data.signIn).toMatchObject({ name: 'First Admin', role: 'ADMIN' });
  });

  it('create without a password prints a generated one, once, that signs in', async () => {
    const email = newEmail();
    const run = await pwc(['user', 'create', '--email', email, '--name', 'Generated']);
    expect(run.code).toBe(ExitCode.Ok);
    const password = /password \(shown this once\): (\S+)/.exec(run.stdout)?.[1];
    expect(password).toHaveLength(24);
    expect((await new AccountClient(server.url).signIn(email, password!)).body.data.signIn.role).toBe('CONTRIBUTOR');
  });

  it('refuses a taken email, a short password and bad usage, saying why', async () => {
    const email = newEmail();
    expect((await pwc(['user', 'create', '--email', email, '--name', 'One'])).code).toBe(ExitCode.Ok);
    const again = await pwc(['user', 'create', '--email', email.toUpperCase(), '--name', 'Two']);
    expect(again.code).toBe(ExitCode.Failure);
    expect(again.stderr).toContain('exists already');
    const short = await pwc(['user', 'create', '--email', newEmail(), '--name', 'S', '--password-stdin'], 'short\n');
    expect(short.code).toBe(ExitCode.Failure);
    expect(short.stderr).toContain('Invalid --password: must be at least 10 characters');
    expect(short.stderr).not.toContain('short\n');
    for (const args of [
      ['user'],
      ['user', 'create', '--name', 'x'],
      ['user', 'set-role', '--email', email, '--role', 'KING'],
    ]) {
      const usage = await pwc(args);
      expect(usage.code).toBe(ExitCode.UsageOrConfig);
      expect(usage.stderr).toContain('pwc user create');
    }
  });

  it('set-role gives a role; an unknown email is a failure', async () => {
    const email = newEmail();
    await pwc(['user', 'create', '--email', email, '--name', 'Promoted']);
    const run = await pwc(['user', 'set-role', '--email', email, '--role', 'moderator']);
    expect(run).toMatchObject({ code: ExitCode.Ok, stdout: `${email} is now MODERATOR\n` });
    const [{ role }] = await db.dataSource.query('SELECT role FROM app_user WHERE email = $1', [email]);
    expect(role).toBe('MODERATOR');
    expect((await pwc(['user', 'set-role', '--email', newEmail('nobody'), '--role', 'TRUSTED'])).code).toBe(
      ExitCode.Failure,
    );
  });
});
