import { serialize } from 'cookie';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Actor, type Credentials, type UserActor } from './actor';
import { SESSION_ACTOR, TOKEN_ACTOR } from './account.sql';
import { csrfFailed } from './auth-errors';
import { CSRF_COOKIE, csrfTokenFor, sameSecret, SESSION_COOKIE, tokenHash } from './secrets';

/**
 * The accounts side of one request: who sends it (looked up once, only when a field asks), and
 * the cookies the reply must set. It is an object of its own in the context, so that what a
 * resolver changes is seen by the HTTP handler (Apollo hands out shallow copies of the context).
 */
export class RequestAuth {
  /** Set-Cookie headers for the reply. */
  readonly setCookies: string[] = [];
  private actorLookup: Promise<Actor> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    readonly credentials: Credentials,
    /** Whether cookies are marked Secure (see README, Accounts: PWC_SECURE_COOKIES). */
    private readonly secureCookies: boolean,
    /** The client's User-Agent, kept with a new session. */
    readonly userAgent: string | undefined,
  ) {}

  /** The request's actor: anonymous unless its session or token is valid and its account enabled. */
  actor(): Promise<Actor> {
    return (this.actorLookup ??= this.lookUp());
  }

  /** The actor when an account is signed in, else null. */
  async user(): Promise<UserActor | null> {
    const actor = await this.actor();
    return actor.kind === 'user' ? actor : null;
  }

  /**
   * A mutation sent with a valid session cookie must carry the session's CSRF token in the
   * x-pwc-csrf header. Bearer tokens and anonymous requests have nothing a forged request could use.
   */
  async checkCsrf(): Promise<void> {
    const { credentials } = this;
    if (credentials.kind !== 'session' || (await this.actor()).kind !== 'user') return;
    const given = credentials.csrfHeader;
    if (!given || !sameSecret(given, csrfTokenFor(credentials.token))) throw csrfFailed();
  }

  /** From now on the request acts as this session (after sign-in or sign-up). */
  startSession(token: string, expiresAt: Date, actor: UserActor): void {
    const options = { path: '/', sameSite: 'lax', secure: this.secureCookies, expires: expiresAt } as const;
    this.setCookies.push(
      serialize(SESSION_COOKIE, token, { ...options, httpOnly: true }),
      // Readable by the web app, which echoes it in the x-pwc-csrf header of its mutations.
      serialize(CSRF_COOKIE, csrfTokenFor(token), options),
    );
    this.actorLookup = Promise.resolve(actor);
  }

  /** Clears both cookies; the request is anonymous from now on. */
  endSession(): void {
    const options = { path: '/', sameSite: 'lax', secure: this.secureCookies, expires: new Date(0) } as const;
    this.setCookies.push(
      serialize(SESSION_COOKIE, '', { ...options, httpOnly: true }),
      serialize(CSRF_COOKIE, '', options),
    );
    this.actorLookup = Promise.resolve(ANONYMOUS);
  }

  private async lookUp(): Promise<Actor> {
    const { credentials } = this;
    if (credentials.kind === 'none' || credentials.token === '') return ANONYMOUS;
    const sql = credentials.kind === 'session' ? SESSION_ACTOR : TOKEN_ACTOR;
    const [row]: Omit<UserActor, 'kind' | 'via'>[] = await this.dataSource.query(sql, [tokenHash(credentials.token)]);
    return row ? { kind: 'user', via: credentials.kind, ...row } : ANONYMOUS;
  }
}
