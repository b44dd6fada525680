import { createHash, randomBytes } from 'node:crypto';
import { audit, type AuditRecord } from '../audit/audit.js';
import type { Database, Queryable } from '../db/database.js';
import { enrollmentTokenRequestSchema, type EnrollmentTokenReply, type EnrollmentTokenRequest } from '../protocol/index.js';

/** By default long enough to carry to the hall and install that day; short enough that a lost one dies. */
export const enrollmentTokenLifetimeHours = 24;

/** Only this is stored: a copy of the table cannot enroll anything. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A one-time token that enrolls one terminal for the given hall and region. Used by the admin
 * route and, in process, by the demo launcher. Throws a ZodError on a malformed request.
 */
export async function createEnrollmentToken(
  db: Queryable,
  request: EnrollmentTokenRequest,
): Promise<Pick<EnrollmentTokenReply, 'token' | 'expiresAt'>> {
  const { hallName, terminalName, regionCode, validHours } = enrollmentTokenRequestSchema.parse(request);
  // Hex, not base64url: a token beginning with '-' reads as an option to `tongban enroll --token`.
  const token = randomBytes(24).toString('hex');
  // The database's clock decides expiry, the same clock that checks it at enrollment.
  const { rows } = await db.query<{ expiresAt: Date }>(
    `INSERT INTO enrollment_tokens (token_hash, hall_name, terminal_name, region_code, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))
     RETURNING expires_at AS "expiresAt"`,
    [hashToken(token), hallName, terminalName, regionCode, validHours ?? enrollmentTokenLifetimeHours],
  );
  const expiresAt = rows[0]?.expiresAt;
  if (!expiresAt) throw new Error('enrollment token was not stored');
  return { token, expiresAt: expiresAt.toISOString() };
}

/**
 * A token made and its making in the audit log, together or not at all: the console's route and
 * `tongban platform token` both make them so.
 */
export function makeAuditedToken(db: Database, request: EnrollmentTokenRequest, by: Pick<AuditRecord, 'actor' | 'sourceIp'>): Promise<Pick<EnrollmentTokenReply, 'token' | 'expiresAt'>> {
  return db.transaction(async (tx) => {
    const token = await createEnrollmentToken(tx, request);
    const detail = { hallName: request.hallName, terminalName: request.terminalName, expiresAt: token.expiresAt };
    await audit(tx, { ...by, action: 'token.made', regionCode: request.regionCode, detail });
    return token;
  });
}
