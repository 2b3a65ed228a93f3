import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Logger } from '../../logger';

/** A mail to one address, in plain text. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Delivers mail after the reply is sent: `deliver` never waits for the network and never
 * throws, so a request that mails costs the same time as one that does not (no account
 * enumeration by timing). Failures are logged without the message, which holds a secret.
 */
export interface Mailer {
  /** What kind of mailer this is, for the start-up log line. */
  readonly description: string;
  deliver(message: MailMessage): void;
  /** Resolves once every mail handed over so far is delivered or has failed (tests, shutdown). */
  idle(): Promise<void>;
}

export interface MailSettings {
  /** smtp:// or smtps:// URL (user and password in it if the server needs them); without it, the outbox. */
  smtpUrl?: string;
  /** The From header. */
  from: string;
  /** The development mailer's folder: each mail is a JSON file in it. */
  outboxDir: string;
}

export const DEFAULT_MAIL_FROM = 'Papers with Code <no-reply@localhost>';

/** SMTP when configured (nodemailer), otherwise the development mailer writing to the outbox folder. */
export function createMailer(settings: MailSettings, logger: Logger): Mailer {
  return settings.smtpUrl
    ? smtpMailer(settings.smtpUrl, settings.from, logger)
    : outboxMailer(settings.outboxDir, logger);
}

/** Runs each delivery in the background, keeping track of those in flight. */
function backgroundMailer(description: string, logger: Logger, send: (message: MailMessage) => Promise<void>): Mailer {
  const inFlight = new Set<Promise<void>>();
  return {
    description,
    deliver(message) {
      const sending = send(message)
        .catch((error: unknown) => {
          // Only the error's message: the mail itself carries a secret link.
          logger.error(
            { mail: message.subject, error: error instanceof Error ? error.message : String(error) },
            'mail not delivered',
          );
        })
        .finally(() => inFlight.delete(sending));
      inFlight.add(sending);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

export function smtpMailer(smtpUrl: string, from: string, logger: Logger): Mailer {
  const transport = createTransport(smtpUrl);
  return backgroundMailer(`SMTP (${new URL(smtpUrl).host})`, logger, async (message) => {
    await transport.sendMail({ from, ...message });
  });
}

/**
 * The development mailer: each mail is written as `<time>-<random>.json` ({ to, subject, text,
 * createdAt }) in the outbox folder, readable only by the server's user — never to the logs.
 */
export function outboxMailer(outboxDir: string, logger: Logger): Mailer {
  return backgroundMailer(`development outbox (${outboxDir})`, logger, async (message) => {
    await mkdir(outboxDir, { recursive: true, mode: 0o700 });
    const createdAt = new Date().toISOString();
    const name = `${createdAt.replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.json`;
    await writeFile(join(outboxDir, name), `${JSON.stringify({ ...message, createdAt }, null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  });
}
