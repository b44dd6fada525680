import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { accountSchema, type Account } from '../protocol/index.js';

/** A working day at most, and half an hour unused: an office screen left open does not stay signed in. */
export const sessionLimits = { absoluteHours: 8, idleMinutes: 30 } as const;

export interface Session {
  /** What goes in the cookie; only its hash is stored. */
  id: string;
  /** The synchronizer token the page echoes in x-csrf-token. */
  csrfToken: string;
}

export interface OpenSession {
  idHash: string;
  csrfToken: string;
  account: Account;
}

export const hashSessionId = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex');

export async function startSession(db: Queryable, accountId: string): Promise<Session> {
  const session = { id: randomBytes(32).toString('base64url'), csrfToken: randomBytes(32).toString('base64url') };
  // Sessions past either limit are cleared as new ones start, so the table holds only live ones.
  await db.query(
    `DELETE FROM sessions WHERE created_at <= now() - make_interval(hours => $1) OR last_seen_at <= now() - make_interval(mins => $2)`,
    [sessionLimits.absoluteHours, sessionLimits.idleMinutes],
  );
  await db.query('INSERT INTO sessions (id_hash, account_id, csrf_token) VALUES ($1, $2, $3)', [hashSessionId(session.id), accountId, session.csrfToken]);
  return session;
}

/** The session and its account as they are now, its idle clock restarted; undefined when unknown or past a limit. */
export async function resumeSession(db: Queryable, id: string): Promise<OpenSession | undefined> {
  const { rows } = await db.query<{ idHash: string; csrfToken: string; name: string; role: string; regionCode: string }>(
    `UPDATE sessions s SET last_seen_at = now() FROM accounts a
      WHERE s.id_hash = $1 AND a.id = s.account_id
        AND s.created_at > now() - make_interval(hours => $2) AND s.last_seen_at > now() - make_interval(mins => $3)
      RETURNING s.id_hash AS "idHash", s.csrf_token AS "csrfToken", a.name, a.role, a.region_code AS "regionCode"`,
    [hashSessionId(id), sessionLimits.absoluteHours, sessionLimits.idleMinutes],
  );
  const row = rows[0];
  return row && { idHash: row.idHash, csrfToken: row.csrfToken, account: accountSchema.parse({ name: row.name, role: row.role, regionCode: row.regionCode }) };
}

/** Whether the session is still within both limits, without restarting its idle clock: a stream open in the background is not use. */
export async function sessionAlive(db: Queryable, idHash: string): Promise<boolean> {
  const { rows } = await db.query<{ alive: boolean }>(
    `SELECT true AS alive FROM sessions
      WHERE id_hash = $1 AND created_at > now() - make_interval(hours => $2) AND last_seen_at > now() - make_interval(mins => $3)`,
    [idHash, sessionLimits.absoluteHours, sessionLimits.idleMinutes],
  );
  return rows.length > 0;
}

export async function endSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}
