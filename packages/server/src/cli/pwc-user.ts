import { parseArgs } from 'node:util';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { ExitCode, withExitCode } from '../exit-codes';
import { createLogger } from '../logger';
import { createAccount, generatePassword, setRoleByEmail } from '../modules/account/account-admin';
import { isRole, Role } from '../modules/account/role';

export const USER_USAGE = `  pwc user create --email <address> --name <name> [--admin | --role <role>] [--password-stdin]
                                      make an account (the first admin: --admin); the password is read
                                      from standard input with --password-stdin, else one is generated
                                      and printed once
  pwc user set-role --email <address> --role <role>
                                      give an account a role: CONTRIBUTOR, TRUSTED, MODERATOR or ADMIN`;

/** `pwc user create|set-role`: accounts from the command line, on the server's database. */
export async function userCommand(args: string[], log: (line: string) => void): Promise<number> {
  const [subcommand, ...rest] = args;
  let options: { email?: string; name?: string; role?: string; admin?: boolean; 'password-stdin'?: boolean };
  try {
    options = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        admin: { type: 'boolean' },
        'password-stdin': { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    log(`${(error as Error).message}\n\nUsage:\n${USER_USAGE}`);
    return ExitCode.UsageOrConfig;
  }
  const role = options.admin
    ? Role.ADMIN
    : (options.role?.toUpperCase() ?? (subcommand === 'create' ? 'CONTRIBUTOR' : undefined));
  const usable =
    options.email !== undefined &&
    isRole(role) &&
    !(options.admin && options.role) &&
    ((subcommand === 'create' && options.name !== undefined) || subcommand === 'set-role');
  if (!usable) {
    log(`Usage:\n${USER_USAGE}`);
    return ExitCode.UsageOrConfig;
  }

  // Read before the database starts: a missing password is a usage error.
  let password: string | undefined;
  if (subcommand === 'create') {
    password = options['password-stdin'] ? (await text(process.stdin)).replace(/\r?\n$/, '') : undefined;
  }
  const config = withExitCode(ExitCode.UsageOrConfig, () => loadConfig());
  const database = await openDatabase(config, createLogger(config.logLevel, false));
  try {
    if (subcommand === 'set-role') {
      if (!(await setRoleByEmail(database.dataSource, options.email!, role))) {
        log(`No account has the email ${options.email}`);
        return ExitCode.Failure;
      }
      process.stdout.write(`${options.email} is now ${role}\n`);
      return ExitCode.Ok;
    }
    const generated = password === undefined ? generatePassword() : undefined;
    await createAccount(database.dataSource, {
      email: options.email!,
      name: options.name!,
      password: password ?? generated!,
      role,
    }).catch((error: Error) => {
      // The API's argument errors name the flag at fault.
      throw new Error(error.message.replace(/^Invalid argument "(\w+)"/, 'Invalid --$1'));
    });
    process.stdout.write(`Made the ${role} account ${options.email}\n`);
    if (generated) process.stdout.write(`Its password (shown this once): ${generated}\n`);
    return ExitCode.Ok;
  } finally {
    await database.close();
  }
}
