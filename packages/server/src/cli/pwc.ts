#!/usr/bin/env node
import 'reflect-metadata';
import { exportArchive } from '../archive/export/export-archive';
import { importArchive } from '../archive/import-archive';
import { collectArchiveFiles } from '../archive/read/archive-files';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { ExitCode, exitCodeFor, exitCodeForSignal, withExitCode } from '../exit-codes';
import { createLogger } from '../logger';
import { generateCommand } from './pwc-generate';
import { USER_USAGE, userCommand } from './pwc-user';

const USAGE = `Usage:
  pwc import <files or folders...>   import Papers with Code archive files (.json or .json.gz, any name:
                                      each file is recognised by its content)
  pwc export <folder>                 write the database as the archive's five files (<kind>.json.gz)
  pwc generate <folder> [--scale s]   write a synthetic full-size archive (s = 1 is the real size)
${USER_USAGE}

The database is the server's: DATABASE_URL when set, else the embedded PostgreSQL in PWC_DATA_DIR
(default .data; stop the server first).

Exit codes: 0 done, 1 failed (an import rolled back a file), 2 bad usage, path or configuration,
3 database not started or not reachable.`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function importCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    log(USAGE);
    return ExitCode.UsageOrConfig;
  }
  // A bad path or configuration fails before any database is started.
  await withExitCode(ExitCode.UsageOrConfig, () => collectArchiveFiles(paths));
  // The same database, configuration and migrations as the server.
  const config = withExitCode(ExitCode.UsageOrConfig, () => loadConfig());
  const database = await openDatabase(config, createLogger(config.logLevel, false));
  const stopOnSignal = stopDatabaseOnSignal(database);
  try {
    const report = await importArchive({
      dataSource: database.dataSource,
      files: paths,
      log,
      progress: Boolean(process.stderr.isTTY),
    });
    process.stdout.write(`${report.summary.join('\n')}\n`);
    if (report.linksResolved > 0)
      process.stdout.write(`\n${report.linksResolved} introduced-by and parent links resolved\n`);
    if (report.dataVersion !== undefined)
      process.stdout.write(`\nData version ${report.dataVersion}: running API servers retired their cached replies\n`);
    process.stdout.write(`\nDone in ${report.seconds.toFixed(1)}s${report.ok ? '' : ' with failed files'}\n`);
    return report.ok ? ExitCode.Ok : ExitCode.Failure;
  } finally {
    stopOnSignal.dispose();
    await database.close();
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const [folder, ...rest] = args;
  if (folder === undefined || rest.length > 0) {
    log(USAGE);
    return ExitCode.UsageOrConfig;
  }
  const config = withExitCode(ExitCode.UsageOrConfig, () => loadConfig());
  const database = await openDatabase(config, createLogger(config.logLevel, false));
  const stopOnSignal = stopDatabaseOnSignal(database);
  try {
    const started = Date.now();
    const files = await exportArchive({ dataSource: database.dataSource, folder, log });
    for (const file of files) process.stdout.write(`${file.path}  ${file.records} records\n`);
    process.stdout.write(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
    return ExitCode.Ok;
  } finally {
    stopOnSignal.dispose();
    await database.close();
  }
}

/**
 * Ctrl-C or kill during an import: stop the embedded database at once (its fast shutdown rolls the
 * running transaction back), then exit 128 + the signal's number.
 */
function stopDatabaseOnSignal(database: Database): { dispose(): void } {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    log(`Interrupted by ${signal}; stopping the database`);
    void database.abort().finally(() => process.exit(exitCodeForSignal(signal)));
  };
  for (const signal of signals) process.once(signal, onSignal);
  return { dispose: () => signals.forEach((signal) => process.off(signal, onSignal)) };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'import':
      return importCommand(args);
    case 'export':
      return exportCommand(args);
    case 'generate':
      return generateCommand(args, log);
    case 'user':
      return userCommand(args, log);
    default:
      log(USAGE);
      return command === undefined || command === '--help' || command === 'help' ? ExitCode.Ok : ExitCode.UsageOrConfig;
  }
}

// process.exitCode, not process.exit(): stdout is flushed before the process ends.
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = exitCodeFor(error);
  },
);
