import type { DataSource } from 'typeorm';
import { badInput } from '../../graphql/errors';
import { fromGlobalId, integerKey, toGlobalId } from '../../graphql/global-id';
import * as SQL from './account.sql';
import type { ApiTokenInfo, SessionInfo } from './account.types';
import type { Role } from './role';
import { newApiToken, newSessionToken, tokenHash } from './secrets';

/** How long a session lasts from sign-in. */
export const SESSION_DAYS = 30;
/** The most API tokens an account may hold at once. */
export const MAX_TOKENS_PER_USER = 50;
/** The most sessions the account page lists (the most recently used). */
export const MAX_SESSIONS_LISTED = 50;

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  disabled: boolean;
}

export interface Credential {
  id: number;
  passwordHash: string;
  name: string;
  role: Role;
  disabled: boolean;
}

export async function userById(dataSource: DataSource, id: number): Promise<UserRow | null> {
  const [row]: UserRow[] = await dataSource.query(SQL.USER_BY_ID, [id]);
  return row ?? null;
}

export async function credentialOfEmail(dataSource: DataSource, email: string): Promise<Credential | null> {
  const [row]: Credential[] = await dataSource.query(SQL.USER_BY_EMAIL, [email]);
  return row ?? null;
}

/** The new account's id, or null when the email (ignoring case) is taken. */
export async function insertUser(
  dataSource: DataSource,
  user: { email: string; name: string; role: Role; passwordHash: string },
): Promise<number | null> {
  const rows: { id: number }[] = await dataSource.query(SQL.INSERT_USER, [
    user.email,
    user.name,
    user.role,
    user.passwordHash,
  ]);
  return rows[0]?.id ?? null;
}

export async function passwordHashOf(dataSource: DataSource, userId: number): Promise<string | null> {
  const [row]: { passwordHash: string }[] = await dataSource.query(SQL.PASSWORD_HASH_OF, [userId]);
  return row?.passwordHash ?? null;
}

export async function setPasswordHash(dataSource: DataSource, userId: number, passwordHash: string): Promise<void> {
  await dataSource.query(SQL.SET_PASSWORD_HASH, [userId, passwordHash]);
}

export async function setRole(dataSource: DataSource, userId: number, role: Role): Promise<UserRow | null> {
  const [rows]: [UserRow[], number] = await dataSource.query(SQL.SET_ROLE, [userId, role]);
  return rows[0] ?? null;
}

/** Disables (ending its sessions) or enables an account; null when there is none. */
export async function setDisabled(dataSource: DataSource, userId: number, disabled: boolean): Promise<UserRow | null> {
  const [row]: UserRow[] = await dataSource.query(SQL.SET_DISABLED, [userId, disabled]);
  return row ?? null;
}

/** A new session of the account (its expired ones dropped): the cookie's token and expiry. */
export async function createSession(dataSource: DataSource, userId: number, userAgent: string | undefined) {
  await dataSource.query(SQL.DELETE_EXPIRED_SESSIONS, [userId]);
  const token = newSessionToken();
  const [row]: { id: number; expiresAt: Date }[] = await dataSource.query(SQL.INSERT_SESSION, [
    userId,
    tokenHash(token),
    SESSION_DAYS,
    userAgent?.slice(0, 200) ?? null,
  ]);
  return { token, id: row!.id, expiresAt: row!.expiresAt };
}

export async function deleteSessionByToken(dataSource: DataSource, token: string): Promise<void> {
  await dataSource.query(SQL.DELETE_SESSION_BY_HASH, [tokenHash(token)]);
}

/** Whether the account had that session. */
export async function deleteSession(dataSource: DataSource, userId: number, sessionId: number): Promise<boolean> {
  const [, count]: [unknown, number] = await dataSource.query(SQL.DELETE_SESSION, [sessionId, userId]);
  return count > 0;
}

export async function deleteOtherSessions(dataSource: DataSource, userId: number, keptSessionId: number) {
  await dataSource.query(SQL.DELETE_OTHER_SESSIONS, [userId, keptSessionId]);
}

export async function sessionsOf(dataSource: DataSource, userId: number, currentId: number | null) {
  const rows: (Omit<SessionInfo, 'id' | 'current'> & { id: number })[] = await dataSource.query(SQL.SESSIONS_OF_USER, [
    userId,
    MAX_SESSIONS_LISTED,
  ]);
  return rows.map((row): SessionInfo => ({ ...row, id: toGlobalId('Session', row.id), current: row.id === currentId }));
}

type TokenRow = Omit<ApiTokenInfo, 'id'> & { id: number };
const tokenInfo = (row: TokenRow): ApiTokenInfo => ({ ...row, id: toGlobalId('ApiToken', row.id) });

export async function tokensOf(dataSource: DataSource, userId: number): Promise<ApiTokenInfo[]> {
  const rows: TokenRow[] = await dataSource.query(SQL.TOKENS_OF_USER, [userId, MAX_TOKENS_PER_USER]);
  return rows.map(tokenInfo);
}

/** A new token: the secret (to show once) and what is kept of it. */
export async function createToken(dataSource: DataSource, userId: number, name: string) {
  const [held]: { n: number }[] = await dataSource.query(SQL.COUNT_TOKENS, [userId]);
  if (held!.n >= MAX_TOKENS_PER_USER) {
    throw badInput('name', `an account holds at most ${MAX_TOKENS_PER_USER} API tokens; revoke one first`);
  }
  const token = newApiToken();
  const [row]: TokenRow[] = await dataSource.query(SQL.INSERT_TOKEN, [
    userId,
    name,
    tokenHash(token),
    token.slice(0, 8),
  ]);
  return { token, apiToken: tokenInfo(row!) };
}

/** Whether the account had that token. */
export async function deleteToken(dataSource: DataSource, userId: number, tokenId: number): Promise<boolean> {
  const [, count]: [unknown, number] = await dataSource.query(SQL.DELETE_TOKEN, [tokenId, userId]);
  return count > 0;
}

/** The number in a global id of the given type; BAD_USER_INPUT naming the argument otherwise. */
export function idOf(type: string, id: string, argument: string): number {
  const parsed = fromGlobalId(id);
  const key = parsed?.type === type ? integerKey(parsed.key) : null;
  if (key === null) throw badInput(argument, `is not the id of a ${type}`);
  return key;
}
