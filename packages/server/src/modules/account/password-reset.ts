import type { DataSource } from 'typeorm';
import type { Mailer } from './mailer';
import * as SQL from './password-reset.sql';
import { newSessionToken, tokenHash } from './secrets';

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;

/** What asking for a reset needs: where mail goes, and the site's address for the link in it. */
export interface PasswordResetWiring {
  mailer: Mailer | undefined;
  /** e.g. https://pwc.example.org — configured, never taken from the request's Host header. */
  publicUrl: string;
}

/**
 * Stores a one-time link for the address's account, if it has one (and is not disabled), and
 * hands the mail over to be sent after the reply. The same one statement runs either way.
 */
export async function requestReset(dataSource: DataSource, wiring: PasswordResetWiring, email: string) {
  const token = newSessionToken();
  const rows: { email: string; name: string }[] = await dataSource.query(SQL.INSERT_RESET, [
    email,
    tokenHash(token),
    RESET_LINK_MINUTES,
  ]);
  const account = rows[0];
  if (!account || !wiring.mailer) return;
  const link = `${wiring.publicUrl.replace(/\/+$/, '')}/reset-password?token=${token}`;
  wiring.mailer.deliver({
    to: account.email,
    subject: 'Reset your Papers with Code password',
    text:
      `Hello ${account.name},\n\n` +
      `someone (we hope you) asked to reset the password of your Papers with Code account. ` +
      `To choose a new one, open this link within ${RESET_LINK_MINUTES} minutes:\n\n${link}\n\n` +
      `It works once. If you did not ask for it, ignore this mail: your password stays as it is.\n`,
  });
}

/** The account whose password the token reset (its sessions ended), or null if the token does not work. */
export async function useReset(dataSource: DataSource, token: string, passwordHash: string): Promise<number | null> {
  const [row]: { id: number }[] = await dataSource.query(SQL.USE_RESET, [tokenHash(token), passwordHash]);
  return row?.id ?? null;
}
