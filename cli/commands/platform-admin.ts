import { userInfo } from 'node:os';
import { weakPassword } from '../../platform/accounts/password.js';
import { addAccount } from '../../platform/accounts/store.js';
import type { Role } from '../../platform/protocol/index.js';
import { oneOf, parse, required } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../fail.js';
import { passwordFromPrompt, passwordFromStdin } from '../password-input.js';
import { openPlatformDatabase } from './platform-db.js';

const roles: readonly Role[] = ['admin', 'operator', 'auditor', 'clerk'];

const addUsage = 'tongban platform admin add NAME --role admin|operator|auditor|clerk --region CODE [--data DIR | --db URL] [--password-stdin]   (PGlite: while the platform is stopped)';

/** Who ran the command, for the audit log: the shell user on the platform's host. */
export function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * Adds a console account. The password comes from a prompt that does not echo, or one line of
 * standard input, never the command line, where `ps` and the shell history would keep it.
 */
async function add(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { role: { type: 'string' }, region: { type: 'string' }, data: { type: 'string' }, db: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    addUsage,
  );
  const [name, ...extra] = positionals;
  if (name === undefined || extra.length > 0) throw new UsageError(`give one account NAME\nusage: ${addUsage}`);
  if (values.data !== undefined && values.db !== undefined) throw new UsageError(`--data and --db name two different databases: give one\nusage: ${addUsage}`);
  const role = oneOf(required(values.role, '--role', addUsage), '--role', roles);
  const regionCode = required(values.region, '--region', addUsage);
  const password = values['password-stdin'] ? await passwordFromStdin() : await passwordFromPrompt();
  // Said before the database is opened, which takes PGlite a few seconds.
  const weak = weakPassword(password);
  if (weak) throw new UsageError(weak);
  const db = await openPlatformDatabase(values.db, values.data);
  try {
    const account = await addAccount(db, { name, role, regionCode, password }, { name: localUser(), sourceIp: null });
    process.stdout.write(`${JSON.stringify(account)}\n`);
  } finally {
    await db.close();
  }
}

export const platformAdmin: Command = {
  usage: addUsage,
  summary: 'console accounts',
  subcommands: { add: { usage: addUsage, summary: 'add a console account', run: add } },
};
