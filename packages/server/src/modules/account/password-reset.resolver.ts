import { createHash } from 'node:crypto';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { checkEmail, checkPassword, PASSWORD_LENGTH } from './account-input';
import { countAttempt } from './account-limits';
import { startSession } from './account.resolver';
import { Viewer } from './account.types';
import { requestReset, RESET_LINK_MINUTES, useReset } from './password-reset';
import { hashPassword } from './passwords';

/** A reset token as mailed: 32 random bytes, base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** "Forgot password?": a one-time link by mail, without telling anyone whether an address has an account. */
@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      `Mails a one-time link to reset the password (valid ${RESET_LINK_MINUTES} minutes) if the address has an ` +
      'account. The answer is true either way, so it never tells whether an address has an account.',
  })
  async requestPasswordReset(@Arg('email') email: string, @Ctx() context: Context): Promise<boolean> {
    const address = checkEmail(email);
    const { passwordResetByAddress, passwordResetByEmail } = context.accountLimiters;
    // Counted per address asked for, account or not: the limit itself tells nothing.
    await countAttempt([passwordResetByAddress, context.clientKey], [passwordResetByEmail, emailKey(address)]);
    await requestReset(context.dataSource, context.passwordReset, address);
    return true;
  }

  @Mutation(() => Viewer, {
    description:
      'Sets a new password with the token of a reset link (once), ends every session of the account and signs ' +
      `this browser in. Passwords: ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters.`,
  })
  async resetPassword(
    @Arg('token') token: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() context: Context,
  ): Promise<Viewer> {
    if (!TOKEN_SHAPE.test(token)) throw badInput('token', 'is not the token of a reset link');
    checkPassword(newPassword, 'newPassword');
    // A guess at a token is a guess at a credential: counted with sign-in attempts.
    await countAttempt([context.accountLimiters.signInByAddress, context.clientKey]);
    const userId = await useReset(context.dataSource, token, await hashPassword(newPassword));
    if (userId === null) throw badInput('token', 'this link was used already or has expired');
    return startSession(context, userId);
  }
}

/** Counted per address without keeping addresses in the rate limiter's store. */
function emailKey(email: string): string {
  return createHash('sha256').update(`reset\0${email.toLowerCase()}`).digest('base64url');
}
