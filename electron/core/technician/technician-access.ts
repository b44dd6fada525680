import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { pinLockoutMinutes, pinTriesBeforeLockout, technicianPinSchema, type UnlockReply } from '../../api/technician.js';
import { hashPin, pinCost, pinMatches, type PinHash, type ScryptCost } from './pin-hash.js';

const rowSchema = z.object({
  pin_hash: z.instanceof(Buffer).nullable(),
  pin_salt: z.instanceof(Buffer).nullable(),
  scrypt_n: z.number().int().positive().nullable(),
  scrypt_r: z.number().int().positive().nullable(),
  scrypt_p: z.number().int().positive().nullable(),
  wrong_tries: z.number().int().nonnegative(),
  locked_until: z.string().nullable(),
});
type Row = z.infer<typeof rowSchema>;

function storedHash(row: Row): PinHash | undefined {
  const { pin_hash: hash, pin_salt: salt, scrypt_n: n, scrypt_r: r, scrypt_p: p } = row;
  return hash && salt && n && r && p ? { hash, salt, n, r, p } : undefined;
}

export interface AccessOptions {
  /** Told of each lockout, to report it to the platform. */
  onLockout?: (until: Date) => void;
  now?: () => Date;
  cost?: ScryptCost;
}

/**
 * The technician's PIN and its lockout, in the store (technician_access, migration 011): five
 * wrong tries lock it for a quarter of an hour, and the count survives a restart. Tries are taken
 * one at a time, so a burst of guesses cannot all be checked before the fifth wrong one counts.
 */
export class TechnicianAccess {
  private turn: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    private readonly options: AccessOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Sets (or replaces) the PIN and clears any lockout. */
  async setPin(pin: string): Promise<void> {
    this.keepPin(await hashPin(technicianPinSchema.parse(pin), this.options.cost ?? pinCost));
  }

  /** Keeps a PIN hashed beforehand (enrollment hashes it before it writes anything). */
  keepPin({ hash, salt, n, r, p }: PinHash): void {
    this.db
      .prepare('UPDATE technician_access SET pin_hash = ?, pin_salt = ?, scrypt_n = ?, scrypt_r = ?, scrypt_p = ?, pin_set_at = ?, wrong_tries = 0, locked_until = NULL WHERE id = 1')
      .run(hash, salt, n, r, p, this.now().toISOString());
  }

  /** The PIN's hash, for an enrollment from technician mode to keep the PIN its technician unlocked with. */
  pinHash(): PinHash | undefined {
    return storedHash(this.read());
  }

  unlock(pin: string): Promise<UnlockReply> {
    const attempt = this.turn.then(() => this.attempt(pin));
    this.turn = attempt.catch(() => undefined);
    return attempt;
  }

  private read(): Row {
    return rowSchema.parse(this.db.prepare('SELECT pin_hash, pin_salt, scrypt_n, scrypt_r, scrypt_p, wrong_tries, locked_until FROM technician_access WHERE id = 1').get());
  }

  private async attempt(pin: string): Promise<UnlockReply> {
    const row = this.read();
    if (row.locked_until !== null && this.now() < new Date(row.locked_until)) return { outcome: 'lockedOut', until: row.locked_until };
    const stored = storedHash(row);
    if (!stored) return { outcome: 'noPin' };
    if (await pinMatches(pin, stored)) {
      this.db.prepare('UPDATE technician_access SET wrong_tries = 0, locked_until = NULL WHERE id = 1').run();
      return { outcome: 'unlocked' };
    }
    return this.wrong(row.wrong_tries + 1);
  }

  private wrong(tries: number): UnlockReply {
    if (tries < pinTriesBeforeLockout) {
      this.db.prepare('UPDATE technician_access SET wrong_tries = ? WHERE id = 1').run(tries);
      return { outcome: 'wrongPin', triesLeft: pinTriesBeforeLockout - tries };
    }
    const until = new Date(this.now().getTime() + pinLockoutMinutes * 60_000);
    this.db.prepare('UPDATE technician_access SET wrong_tries = 0, locked_until = ? WHERE id = 1').run(until.toISOString());
    this.options.onLockout?.(until);
    return { outcome: 'lockedOut', until: until.toISOString() };
  }
}
