import type { Database, Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/database.js';
import { audit } from '../audit/audit.js';
import { accountNameSchema, accountSchema, regionCodeSchema, roleSchema, type Account, type Role } from '../protocol/index.js';
import { hashPassword, weakPassword } from './password.js';

/** The bearer admin token acts under this name; no account may take it, so the audit log stays unambiguous. */
export const tokenActorName = 'token';

/** Refused with a reason an admin can act on, in both languages. */
export class AccountError extends Error {
  override name = 'AccountError';
}

export interface NewAccount {
  name: string;
  role: Role;
  regionCode: string;
  password: string;
}

export interface StoredAccount extends Account {
  id: string;
  passwordHash: string;
}

function checked(account: NewAccount): NewAccount {
  const name = accountNameSchema.safeParse(account.name);
  if (!name.success || account.name === tokenActorName) throw new AccountError(`账号名无效 / "${account.name}" cannot be an account name: 1 to 40 letters, digits or . _ -, and not "${tokenActorName}"`);
  if (!roleSchema.safeParse(account.role).success) throw new AccountError(`角色无效 / the role must be one of ${roleSchema.options.join(', ')}, not "${account.role}"`);
  if (!regionCodeSchema.safeParse(account.regionCode).success) throw new AccountError(`区划代码无效 / the region must be a 6- or 12-digit region code such as 420100, not "${account.regionCode}"`);
  const weak = weakPassword(account.password);
  if (weak) throw new AccountError(weak);
  return account;
}

/**
 * Adds a console account and records who added it. `by` is the shell user for the CLI; the
 * account is refused, and nothing stored, when its name is taken or its password weak.
 */
export async function addAccount(db: Database, account: NewAccount, by: { name: string; sourceIp: string | null }): Promise<Account> {
  const { name, role, regionCode, password } = checked(account);
  const passwordHash = await hashPassword(password);
  try {
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO accounts (name, role, region_code, password_hash) VALUES ($1, $2, $3, $4)', [name, role, regionCode, passwordHash]);
      await audit(tx, { actor: { name: by.name, role: 'local' }, sourceIp: by.sourceIp, action: 'account.added', target: name, regionCode, detail: { role } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AccountError(`账号 ${name} 已存在 / an account named "${name}" exists already`);
    throw err;
  }
  return { name, role, regionCode };
}

export async function findAccount(db: Queryable, name: string): Promise<StoredAccount | undefined> {
  const { rows } = await db.query<{ id: string; name: string; role: string; regionCode: string; passwordHash: string }>(
    'SELECT id::text, name, role, region_code AS "regionCode", password_hash AS "passwordHash" FROM accounts WHERE name = $1',
    [name],
  );
  const row = rows[0];
  return row && { ...accountSchema.parse(row), id: row.id, passwordHash: row.passwordHash };
}
