import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createHash } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import {
  checkEmail,
  checkName,
  checkPassword,
  NAME_MAX_LENGTH,
  PASSWORD_LENGTH,
  TOKEN_NAME_MAX_LENGTH,
} from './account-input';
import { countAttempt } from './account-limits';
import * as accounts from './account.service';
import { ApiTokenInfo, CreatedApiToken, SessionInfo, Viewer } from './account.types';
import type { UserActor } from './actor';
import { forbidden, unauthenticated } from './auth-errors';
import { requireSession, requireUser } from './authorization';
import { hashPassword, verifyPassword } from './passwords';
import { markPersonalised } from './personalised';
import { Role } from './role';
import { User } from './user.entity';

const WRONG_CREDENTIALS = 'The email address or the password is wrong';

/** Sign-up, sign-in and the signed-in account's own things; admins give roles. */
@Resolver()
export class AccountResolver {
  @Query(() => Viewer, { nullable: true, description: 'The signed-in account; null for anonymous requests.' })
  async viewer(@Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Viewer | null> {
    markPersonalised(context, info);
    const actor = await context.auth.user();
    return actor && viewerOf(context, actor.userId);
  }

  @Query(() => User, { nullable: true, description: "An account's public profile; null when there is none." })
  async user(
    @Arg('id', () => ID) id: string,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<User | null> {
    markPersonalised(context, info);
    const user = await accounts.userById(context.dataSource, accounts.idOf('User', id, 'id'));
    return user && !user.disabled ? (user as User) : null;
  }

  @Mutation(() => Viewer, {
    description:
      'Makes an account (role CONTRIBUTOR) and signs it in: the reply sets the session cookie. ' +
      `Passwords: ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters.`,
  })
  async signUp(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Arg('name') name: string,
    @Ctx() context: Context,
  ): Promise<Viewer> {
    const address = checkEmail(email);
    const displayName = checkName(name, 'name', NAME_MAX_LENGTH);
    checkPassword(password);
    await countAttempt([context.accountLimiters.signUpByAddress, context.clientKey]);
    // Hashed before the email is looked at: a taken address costs the same time as a new one.
    const passwordHash = await hashPassword(password);
    const userId = await accounts.insertUser(context.dataSource, {
      email: address,
      name: displayName,
      role: Role.CONTRIBUTOR,
      passwordHash,
    });
    if (userId === null) throw badInput('email', 'already has an account: sign in instead, or use another address');
    return startSession(context, userId);
  }

  @Mutation(() => Viewer, {
    description: 'Signs in with email and password: the reply sets the session cookie (HttpOnly) and the CSRF cookie.',
  })
  async signIn(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() context: Context,
  ): Promise<Viewer> {
    const address = checkEmail(email);
    if (password.length > PASSWORD_LENGTH.max) throw badInput('password', 'is longer than any password can be');
    const { signInByAddress, signInByEmail } = context.accountLimiters;
    await countAttempt([signInByAddress, context.clientKey], [signInByEmail, emailKey(address)]);
    const found = await accounts.credentialOfEmail(context.dataSource, address);
    // An unknown address is checked against a decoy hash: the same work and the same answer.
    const matches = await verifyPassword(found?.passwordHash ?? null, password);
    if (!found || !matches || found.disabled) throw unauthenticated(WRONG_CREDENTIALS);
    return startSession(context, found.id);
  }

  @Mutation(() => Boolean, { description: "Ends this browser's session and clears its cookies." })
  async signOut(@Ctx() context: Context): Promise<boolean> {
    const { credentials } = context.auth;
    if (credentials.kind === 'session') await accounts.deleteSessionByToken(context.dataSource, credentials.token);
    context.auth.endSession();
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Changes the signed-in account's password and ends its other sessions (API tokens stay).",
  })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() context: Context,
  ): Promise<boolean> {
    const actor = await requireSession(context, 'Changing the password');
    checkPassword(newPassword, 'newPassword');
    await countAttempt([context.accountLimiters.signInByEmail, `account:${actor.userId}`]);
    const stored = await accounts.passwordHashOf(context.dataSource, actor.userId);
    if (!(await verifyPassword(stored, currentPassword)))
      throw badInput('currentPassword', 'is not the current password');
    await accounts.setPasswordHash(context.dataSource, actor.userId, await hashPassword(newPassword));
    await accounts.deleteOtherSessions(context.dataSource, actor.userId, actor.credentialId);
    return true;
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, { description: 'A new personal API token; its secret is in this reply only.' })
  async createApiToken(@Arg('name') name: string, @Ctx() context: Context): Promise<CreatedApiToken> {
    const actor = await requireSession(context, 'Making an API token');
    return accounts.createToken(context.dataSource, actor.userId, checkName(name, 'name', TOKEN_NAME_MAX_LENGTH));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Revokes one of the signed-in account's API tokens at once." })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    const actor = await requireUser(context);
    // Another account's token is answered like a missing one: ids reveal nothing.
    if (!(await accounts.deleteToken(context.dataSource, actor.userId, accounts.idOf('ApiToken', id, 'id')))) {
      throw notFound('API token');
    }
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends one of the signed-in account's sessions (this one included)." })
  async revokeSession(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    const actor = await requireUser(context);
    const sessionId = accounts.idOf('Session', id, 'id');
    if (!(await accounts.deleteSession(context.dataSource, actor.userId, sessionId))) throw notFound('Session');
    if (actor.via === 'session' && actor.credentialId === sessionId) context.auth.endSession();
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Gives an account a role (admins only; not one's own)." })
  async setUserRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() context: Context,
  ): Promise<User> {
    const actor = await requireUser(context);
    const target = accounts.idOf('User', userId, 'userId');
    // So that the last admin cannot lock everyone out by mistake.
    if (target === actor.userId) throw forbidden('An admin cannot change their own role; ask another admin');
    const user = await accounts.setRole(context.dataSource, target, role);
    if (!user) throw notFound('User');
    return user as User;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      'Disables an account (admins only; not their own): it cannot sign in, its sessions end and its ' +
      'API tokens stop working, until it is enabled again.',
  })
  async setUserDisabled(
    @Arg('userId', () => ID) userId: string,
    @Arg('disabled') disabled: boolean,
    @Ctx() context: Context,
  ): Promise<User> {
    const actor = await requireUser(context);
    const target = accounts.idOf('User', userId, 'userId');
    if (target === actor.userId) throw forbidden('An admin cannot disable their own account');
    const user = await accounts.setDisabled(context.dataSource, target, disabled);
    if (!user) throw notFound('User');
    return user as User;
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => ID)
  id(@Root() user: User): string {
    return toGlobalId('User', user.id);
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => ID, { description: "The account's id, as User.id." })
  id(@Root() viewer: Viewer): string {
    return toGlobalId('User', viewer.userId);
  }

  @FieldResolver(() => [ApiTokenInfo], { description: 'Personal API tokens, newest first.' })
  tokens(@Root() viewer: Viewer, @Ctx() { dataSource }: Context): Promise<ApiTokenInfo[]> {
    return accounts.tokensOf(dataSource, viewer.userId);
  }

  @FieldResolver(() => [SessionInfo], {
    description: `Signed-in sessions, most recently used first (at most ${accounts.MAX_SESSIONS_LISTED}).`,
  })
  async sessions(@Root() viewer: Viewer, @Ctx() context: Context): Promise<SessionInfo[]> {
    const actor = await context.auth.user();
    const current = actor?.via === 'session' ? actor.credentialId : null;
    return accounts.sessionsOf(context.dataSource, viewer.userId, current);
  }
}

async function viewerOf(context: Context, userId: number): Promise<Viewer | null> {
  const user = await accounts.userById(context.dataSource, userId);
  if (!user) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, joinedAt: user.createdAt };
}

/**
 * Signs the request in as a new session of the account; the reply sets the cookies. The
 * browser's previous session, if any, ends: one browser, one session.
 */
export async function startSession(context: Context, userId: number): Promise<Viewer> {
  const { credentials } = context.auth;
  if (credentials.kind === 'session') await accounts.deleteSessionByToken(context.dataSource, credentials.token);
  const session = await accounts.createSession(context.dataSource, userId, context.auth.userAgent);
  const viewer = await viewerOf(context, userId);
  const actor: UserActor = {
    kind: 'user',
    userId,
    name: viewer!.name,
    role: viewer!.role,
    via: 'session',
    credentialId: session.id,
  };
  context.auth.startSession(session.token, session.expiresAt, actor);
  return viewer!;
}

/** Counted per address without keeping addresses in the rate limiter's store. */
function emailKey(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('base64url');
}
