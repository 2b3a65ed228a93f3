#!/usr/bin/env node
import 'reflect-metadata';
import { importArchive } from '../archive/import-archive';
import { collectArchiveFiles } from '../archive/read/archive-files';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { generateCommand } from './pwc-generate';

const USAGE = `Usage:
  pwc import <files or folders...>   import Papers with Code archive files (.json or .json.gz)
  pwc generate <folder> [--scale s]   write a synthetic full-size archive (s = 1 is the real size)

The database is the server's: DATABASE_URL when set, else the embedded PostgreSQL in PWC_DATA_DIR
(default .data; stop the server first).`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function importCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    log(USAGE);
    return 2;
  }
  await collectArchiveFiles(paths); // fails on a bad path before any database is started
  // The same database, configuration and migrations as the server.
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(config.logLevel, false));
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
    process.stdout.write(`\nDone in ${report.seconds.toFixed(1)}s${report.ok ? '' : ' with failed files'}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'import':
      return importCommand(args);
    case 'generate':
      return generateCommand(args, log);
    default:
      log(USAGE);
      return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
