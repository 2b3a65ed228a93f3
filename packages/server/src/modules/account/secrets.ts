import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The session cookie (HttpOnly) and the CSRF cookie the web app reads to echo in a header. */
export const SESSION_COOKIE = 'pwc_session';
export const CSRF_COOKIE = 'pwc_csrf';
export const CSRF_HEADER = 'x-pwc-csrf';

/** Every API token starts with this, so that secret scanners and people recognise one. */
export const API_TOKEN_PREFIX = 'pwc_';

/** 32 random bytes: a session token, as in the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `pwc_` and 32 random bytes. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps of a token: its SHA-256 (the token has 256 random bits; no salt needed). */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The CSRF token of a session: derived from the session token, so the server stores nothing
 * more and a page of another site — which can neither read our cookies nor compute this without
 * the session token — cannot send it (see README, Accounts).
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`pwc-csrf\0${sessionToken}`, 'utf8').digest('base64url');
}

/** Compares two secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(tokenHash(given), tokenHash(expected));
}
