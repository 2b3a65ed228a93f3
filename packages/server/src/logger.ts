import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Never logged: credentials in request and reply headers (debug-level request lines) and any
 * property named like a password or token, at the top level or one level down (an error's
 * variables, an argument object).
 */
export const LOG_REDACTIONS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-pwc-csrf"]',
  'res.headers["set-cookie"]',
  'req.query.variables',
  ...['password', 'currentPassword', 'newPassword', 'token', 'passwordHash', 'variables'].flatMap((key) => [
    key,
    `*.${key}`,
  ]),
];

/**
 * A request URL as logged: the value of its `variables` parameter (a GET's operation variables,
 * where a password could be sent) replaced by [redacted].
 */
export function urlForLog(url: string): string {
  return url.replace(/([?&]variables=)[^&]*/g, '$1[redacted]');
}

/** Structured JSON logs; pretty on a terminal during development. */
export function createLogger(level: string, pretty = process.stdout.isTTY, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: LOG_REDACTIONS, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  return pino({
    ...options,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } } : {}),
  });
}
