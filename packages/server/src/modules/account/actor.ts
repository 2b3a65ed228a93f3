import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { API_TOKEN_PREFIX, CSRF_HEADER, SESSION_COOKIE } from './secrets';
import type { Role } from './role';

/** Who sends a request: nobody known, or an account acting through a session cookie or an API token. */
export type Actor = AnonymousActor | UserActor;

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface UserActor {
  kind: 'user';
  userId: number;
  name: string;
  role: Role;
  via: 'session' | 'token';
  /** The session (via: 'session') or the API token (via: 'token') the request came with. */
  credentialId: number;
}

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** What a request brings to say who it is; checked against the database only when needed. */
export type Credentials =
  | { kind: 'none' }
  | { kind: 'session'; token: string; csrfHeader: string | undefined }
  | { kind: 'token'; token: string };

/**
 * An `Authorization: Bearer pwc_…` header wins over cookies (a script's request is never
 * taken for a browser's); otherwise the session cookie, with the CSRF header beside it.
 */
export function credentialsOf(headers: IncomingHttpHeaders): Credentials {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    // A malformed header still counts as a (wrong) token: such a request never acts by cookie.
    return { kind: 'token', token: match?.[1]?.startsWith(API_TOKEN_PREFIX) ? match[1] : '' };
  }
  const cookieHeader = headers.cookie;
  const session = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
  if (!session) return { kind: 'none' };
  const csrf = headers[CSRF_HEADER];
  return { kind: 'session', token: session, csrfHeader: Array.isArray(csrf) ? csrf[0] : csrf };
}
