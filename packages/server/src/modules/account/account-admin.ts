import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { checkEmail, checkName, checkPassword, NAME_MAX_LENGTH } from './account-input';
import { insertUser } from './account.service';
import { hashPassword } from './passwords';
import type { Role } from './role';

/** Accounts made or changed from the command line (`pwc user …`), with the API's own checks. */

/** A password for an account made without one: 18 random bytes, 24 characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Makes an account; its id, or an Error naming the problem (the email is taken, an argument is bad). */
export async function createAccount(
  dataSource: DataSource,
  account: { email: string; name: string; password: string; role: Role },
): Promise<number> {
  const email = checkEmail(account.email);
  const name = checkName(account.name, 'name', NAME_MAX_LENGTH);
  const passwordHash = await hashPassword(checkPassword(account.password));
  const id = await insertUser(dataSource, { email, name, role: account.role, passwordHash });
  if (id === null) throw new Error(`An account with the email ${email} exists already`);
  return id;
}

/** Gives the account of this email address a role; false when there is no such account. */
export async function setRoleByEmail(dataSource: DataSource, email: string, role: Role): Promise<boolean> {
  const [, count]: [unknown, number] = await dataSource.query(
    'UPDATE app_user SET role = $2 WHERE lower(email) = lower($1)',
    [email, role],
  );
  return count > 0;
}
