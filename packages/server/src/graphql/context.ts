import type { DataSource } from 'typeorm';
import type { AccountLimiters } from '../modules/account/account-limits';
import type { PasswordResetWiring } from '../modules/account/password-reset';
import type { RequestAuth } from '../modules/account/request-auth';
import type { Deadline } from './limits/deadline';
import { createLoaders, type Loaders } from './loaders';
import { newReplyOutcome, type ReplyOutcome } from './reply-outcome';

export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  /** Sent to the client with every error, and logged with it. */
  requestId: string;
  /** Who the rate limits count against: the client address. */
  clientKey: string;
  deadline: Deadline;
  /** Where the client reached the server (scheme and host), for links written into exports. */
  origin: string;
  /** Who sends the request (see modules/account/authorization.ts), and the cookies to set. */
  auth: RequestAuth;
  /** Sign-in and sign-up attempts per address and per email. */
  accountLimiters: AccountLimiters;
  /** Where password-reset mail goes. */
  passwordReset: PasswordResetWiring;
  /** The operation's cost, once priced. */
  cost?: number;
  /** Filled in as the reply is sent (see reply-outcome.ts). */
  reply: ReplyOutcome;
}

export interface RequestInfo {
  requestId: string;
  clientKey: string;
  deadline: Deadline;
  origin: string;
  auth: RequestAuth;
  accountLimiters: AccountLimiters;
  passwordReset: PasswordResetWiring;
}
export function createContext(dataSource: DataSource, request: RequestInfo): Context {
  return { dataSource, loaders: createLoaders(dataSource), reply: newReplyOutcome(), ...request };
}
