import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { SmsSubscribeRequest } from '../protocol/index.js';

/** How long a code may be typed, and how many wrong ones end it: 10⁶ codes, 5 guesses. */
export const codeLifetimeMs = 5 * 60_000;
export const maxAttempts = 5;
/** Codes sent for one case in the last hour: a stranger cannot flood a phone from a kiosk. */
const maxCodesPerCaseHour = 3;

interface VerificationRow {
  terminalId: string;
  caseNumber: string;
  phone: string;
  codeHash: string;
  attempts: number;
  expiresAt: Date;
  confirmedAt: Date | null;
}

const hashOf = (id: string, code: string): string => createHash('sha256').update(`${id}:${code}`).digest('hex');

/** A new 6-digit code for the number, stored hashed; the caller sends it. */
export async function newVerification(db: Database, terminalId: string, request: SmsSubscribeRequest, now: Date) {
  const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM sms_verifications WHERE case_number = $1 AND created_at > $2::timestamptz - interval '1 hour'", [request.caseNumber, now.toISOString()]);
  if ((rows[0]?.n ?? 0) >= maxCodesPerCaseHour) {
    throw new HttpError(429, 'sms_too_many_codes', '验证码发送过于频繁，请一小时后再试 / too many codes for this case: try again in an hour');
  }
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + codeLifetimeMs);
  await db.query(
    `INSERT INTO sms_verifications (id, terminal_id, case_number, phone, code_hash, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, terminalId, request.caseNumber, request.phone, hashOf(id, code), expiresAt.toISOString(), now.toISOString()],
  );
  return { id, code, expiresAt };
}

/** The subscription a right code makes: its case and number. */
export interface Subscribed {
  caseNumber: string;
  phone: string;
}

/**
 * Checks a typed code in one transaction (two kiosks' guesses cannot both count as the last one).
 * Expired, used up, or asked by another terminal: refused; a wrong code counts.
 */
export async function confirmCode(db: Database, terminalId: string, id: string, code: string, now: Date): Promise<Subscribed> {
  const outcome = await db.transaction(async (tx) => {
    const row = await lockedVerification(tx, id);
    if (!row || row.terminalId !== terminalId) return refused(404, 'sms_verification_not_found', '未找到该验证码，请重新获取 / no such code: ask for a new one');
    if (row.confirmedAt) return { subscribed: { caseNumber: row.caseNumber, phone: row.phone } };
    if (row.attempts >= maxAttempts) return refused(429, 'sms_code_locked', '验证码错误次数过多，请重新获取 / too many wrong codes: ask for a new one');
    if (row.expiresAt.getTime() <= now.getTime()) return refused(410, 'sms_code_expired', '验证码已过期，请重新获取 / the code has expired: ask for a new one');
    if (hashOf(id, code) !== row.codeHash) {
      await tx.query('UPDATE sms_verifications SET attempts = attempts + 1 WHERE id = $1', [id]);
      const left = maxAttempts - row.attempts - 1;
      return refused(400, 'sms_code_wrong', `验证码不正确，还可输入 ${left} 次 / wrong code: ${left} tries left`);
    }
    await tx.query('UPDATE sms_verifications SET confirmed_at = $2 WHERE id = $1', [id, now.toISOString()]);
    await tx.query('INSERT INTO sms_subscriptions (id, case_number, phone) VALUES ($1, $2, $3) ON CONFLICT (case_number, phone) DO NOTHING', [randomUUID(), row.caseNumber, row.phone]);
    return { subscribed: { caseNumber: row.caseNumber, phone: row.phone } };
  });
  // Thrown after the transaction, so a wrong code's count is committed.
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.subscribed;
}

const refused = (status: number, error: string, message: string) => ({ refusal: new HttpError(status, error, message) });

async function lockedVerification(tx: Queryable, id: string): Promise<VerificationRow | undefined> {
  const { rows } = await tx.query<VerificationRow>(
    `SELECT terminal_id AS "terminalId", case_number AS "caseNumber", phone, code_hash AS "codeHash", attempts,
            expires_at AS "expiresAt", confirmed_at AS "confirmedAt"
       FROM sms_verifications WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0];
}
