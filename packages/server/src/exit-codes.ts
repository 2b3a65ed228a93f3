import { constants } from 'node:os';
import { DatabaseUnavailableError } from './db/database-unavailable-error';

/**
 * Exit codes of the server (`dist/main.js`) and of `pwc`, documented in the README.
 * Killed by a signal, the process reports 128 + the signal's number as usual (Ctrl-C: 130).
 */
export const ExitCode = {
  /** Done; for the server, stopped cleanly by SIGINT, SIGTERM or SIGHUP. */
  Ok: 0,
  /** Anything else went wrong; for `pwc import`, at least one file failed and was rolled back. */
  Failure: 1,
  /** Bad command line, a path that does not exist, or an invalid configuration variable. */
  UsageOrConfig: 2,
  /** The database could not be started (embedded) or reached (DATABASE_URL). */
  DatabaseUnavailable: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error that says which exit code it should end the process with. */
export class ExitCodeError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ExitCodeError';
  }
}

/** Runs `step`; anything it throws (or its promise rejects with) is rethrown tagged with `exitCode`. */
export function withExitCode<T>(exitCode: ExitCode, step: () => T): T {
  const tagged = (error: unknown) =>
    new ExitCodeError(exitCode, error instanceof Error ? error.message : String(error), { cause: error });
  try {
    const result = step();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        throw tagged(error);
      }) as T;
    }
    return result;
  } catch (error) {
    throw tagged(error);
  }
}

/** The exit code a failure should end the process with. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof ExitCodeError) return error.exitCode;
  if (error instanceof DatabaseUnavailableError) return ExitCode.DatabaseUnavailable;
  return ExitCode.Failure;
}

/** The conventional exit code of a process ended by `signal` (SIGINT → 130). */
export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}
