import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; pretty on a terminal during development. */
export function createLogger(level: string, pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } } : {}),
  });
}
