import { GraphQLError } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumePoints, retryAfterSeconds, type RateLimiterStore } from '../../graphql/limits/rate-limit';

/** Attempts allowed per window, against guessing passwords and mass sign-ups. */
export interface AccountLimitSettings {
  /** Sign-in attempts per client address per 15 minutes. */
  signInsPerAddress: number;
  /** Sign-in attempts per email address per 15 minutes, from anywhere. */
  signInsPerEmail: number;
  /** Sign-ups per client address per hour. */
  signUpsPerAddress: number;
  /** Contributions (added, edited, removed rows) per account per hour. */
  contributionsPerAccount: number;
  /** Password-reset mails asked for per client address per hour. */
  passwordResetsPerAddress: number;
  /** Password-reset mails asked for per email address per hour, account or not. */
  passwordResetsPerEmail: number;
}

export const DEFAULT_ACCOUNT_LIMITS: AccountLimitSettings = {
  signInsPerAddress: 30,
  signInsPerEmail: 10,
  signUpsPerAddress: 10,
  contributionsPerAccount: 200,
  passwordResetsPerAddress: 10,
  passwordResetsPerEmail: 3,
};

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

export interface AccountLimiters {
  signInByAddress: RateLimiterAbstract;
  signInByEmail: RateLimiterAbstract;
  signUpByAddress: RateLimiterAbstract;
  contributionByAccount: RateLimiterAbstract;
  passwordResetByAddress: RateLimiterAbstract;
  passwordResetByEmail: RateLimiterAbstract;
}

/** The limiters, in the store of the other rate limits (Redis when shared by several nodes). */
export function createAccountLimiters(settings: AccountLimitSettings, store: RateLimiterStore): AccountLimiters {
  return {
    signInByAddress: store({
      keyPrefix: 'sign-in-address',
      points: settings.signInsPerAddress,
      duration: FIFTEEN_MINUTES,
    }),
    signInByEmail: store({ keyPrefix: 'sign-in-email', points: settings.signInsPerEmail, duration: FIFTEEN_MINUTES }),
    signUpByAddress: store({ keyPrefix: 'sign-up-address', points: settings.signUpsPerAddress, duration: ONE_HOUR }),
    contributionByAccount: store({
      keyPrefix: 'contribution-account',
      points: settings.contributionsPerAccount,
      duration: ONE_HOUR,
    }),
    passwordResetByAddress: store({
      keyPrefix: 'password-reset-address',
      points: settings.passwordResetsPerAddress,
      duration: ONE_HOUR,
    }),
    passwordResetByEmail: store({
      keyPrefix: 'password-reset-email',
      points: settings.passwordResetsPerEmail,
      duration: ONE_HOUR,
    }),
  };
}

/** Counts one attempt against each key; past any allowance: RATE_LIMITED (HTTP 429) with Retry-After. */
export async function countAttempt(...counters: [RateLimiterAbstract, string][]): Promise<void> {
  for (const [limiter, key] of counters) {
    const outcome = await consumePoints(limiter, key);
    if (!outcome || outcome.allowed) continue;
    const retryAfter = retryAfterSeconds(outcome.state);
    throw new GraphQLError(`Too many attempts; retry after ${retryAfter} s`, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
      },
    });
  }
}
