import type { Queryable } from '../db/database.js';

/** Five wrong passwords for one name within fifteen minutes lock that name for fifteen minutes. */
export const lockout = { failures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

/**
 * When the name's lock ends, if it is locked now. Kept in the database, so a restart or another
 * platform instance behind the balancer does not lift it; the database's clock decides.
 */
export async function lockedUntil(db: Queryable, name: string): Promise<Date | null> {
  const { rows } = await db.query<{ until: Date }>('SELECT locked_until AS until FROM login_failures WHERE name = $1 AND locked_until > now()', [name]);
  return rows[0] ? new Date(rows[0].until) : null;
}

/**
 * Counts a wrong password for the name (a failure older than the window starts the count again)
 * and returns when the lock ends, if this failure locked it.
 */
export async function recordFailure(db: Queryable, name: string): Promise<Date | null> {
  const { rows } = await db.query<{ until: Date | null }>(
    `INSERT INTO login_failures AS f (name, failures, first_failed_at) VALUES ($1, 1, now())
     ON CONFLICT (name) DO UPDATE SET
       failures = CASE WHEN f.first_failed_at > now() - make_interval(mins => $2) THEN f.failures + 1 ELSE 1 END,
       first_failed_at = CASE WHEN f.first_failed_at > now() - make_interval(mins => $2) THEN f.first_failed_at ELSE now() END,
       locked_until = NULL
     RETURNING (CASE WHEN failures >= $3 THEN now() + make_interval(mins => $4) END) AS until`,
    [name, lockout.windowMinutes, lockout.failures, lockout.lockMinutes],
  );
  const until = rows[0]?.until ?? null;
  if (until === null) return null;
  await db.query('UPDATE login_failures SET locked_until = $2 WHERE name = $1', [name, until]);
  return new Date(until);
}

/** A good password forgets the name's failures. */
export async function clearFailures(db: Queryable, name: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE name = $1', [name]);
}
