import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { UserActor } from './actor';
import { forbidden, unauthenticated } from './auth-errors';
import { Role, roleAtLeast } from './role';

/**
 * The authorisation layer. Resolvers declare who may call them with type-graphql's
 * `@Authorized()` (any signed-in account) or `@Authorized(Role.MODERATOR)` (that role or above);
 * services that decide on the object at hand (acting on another account's things) call
 * `requireUser` / `requireRole`. Errors: UNAUTHENTICATED without a valid session or token,
 * FORBIDDEN when the role is too low.
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context }, roles) => {
  // Of several roles named, the lowest suffices (each role includes those below it).
  const lowest = [Role.CONTRIBUTOR, Role.TRUSTED, Role.MODERATOR, Role.ADMIN].find((role) => roles.includes(role));
  await requireRole(context, lowest ?? Role.CONTRIBUTOR);
  return true;
};

/** The signed-in account, or UNAUTHENTICATED. */
export async function requireUser(context: Pick<Context, 'auth'>): Promise<UserActor> {
  const user = await context.auth.user();
  if (user) return user;
  const { credentials } = context.auth;
  if (credentials.kind === 'token') throw unauthenticated('The API token is unknown or was revoked');
  if (credentials.kind === 'session') throw unauthenticated('The session has ended; sign in again');
  throw unauthenticated();
}

/** The signed-in account when its role is `role` or above; else UNAUTHENTICATED or FORBIDDEN. */
export async function requireRole(context: Pick<Context, 'auth'>, role: Role): Promise<UserActor> {
  const user = await requireUser(context);
  if (!roleAtLeast(user.role, role))
    throw forbidden(`This needs the ${role} role or above; the account is ${user.role}`);
  return user;
}

/**
 * The signed-in account when it acts through a browser session: what changes the account itself
 * (password, new API tokens) is not for a script's token, which could be leaked.
 */
export async function requireSession(context: Pick<Context, 'auth'>, what: string): Promise<UserActor> {
  const user = await requireUser(context);
  if (user.via !== 'session') throw forbidden(`${what} needs a signed-in session, not an API token`);
  return user;
}
