import type { Actor } from '../accounts/gate.js';
import { may } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database, Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { EnrollmentTokenSummary } from '../protocol/index.js';

interface TokenRow extends Omit<EnrollmentTokenSummary, 'createdAt' | 'expiresAt'> {
  createdAt: Date;
  expiresAt: Date;
}

/** The tokens of the region `prefix` names (accounts/may.ts) made in the last 30 days, newest first. */
export async function listTokens(db: Queryable, prefix: string): Promise<EnrollmentTokenSummary[]> {
  const { rows } = await db.query<TokenRow>(
    `SELECT token_hash AS id, hall_name AS "hallName", terminal_name AS "terminalName", region_code AS "regionCode",
            created_at AS "createdAt", expires_at AS "expiresAt",
            CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN used_at IS NOT NULL THEN 'used'
                 WHEN expires_at <= now() THEN 'expired' ELSE 'waiting' END AS state
       FROM enrollment_tokens
      WHERE created_at > now() - interval '30 days' AND rpad(region_code, 12, '0') LIKE $1 || '%'
      ORDER BY created_at DESC LIMIT 500`,
    [prefix],
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), expiresAt: new Date(r.expiresAt).toISOString() }));
}

/**
 * Withdraws a token nobody has used yet: a token lost in the post or typed into the wrong machine
 * enrolls nothing. A used one stays used (revoke the terminal instead); one outside the actor's
 * region is answered as one that does not exist.
 */
export async function revokeToken(db: Database, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = /^[0-9a-f]{64}$/.test(id)
      ? await tx.query<{ regionCode: string; used: boolean; hallName: string; terminalName: string }>(
          `SELECT region_code AS "regionCode", used_at IS NOT NULL AS used, hall_name AS "hallName", terminal_name AS "terminalName"
             FROM enrollment_tokens WHERE token_hash = $1 FOR UPDATE`,
          [id],
        )
      : { rows: [] };
    const token = rows[0];
    if (!token || !may(actor.account, 'tokens.revoke', token.regionCode)) throw new HttpError(404, 'no_such_token', '没有这个登记令牌 / no such enrollment token in your region');
    if (token.used) throw new HttpError(409, 'token_used', '该令牌已被使用，无法作废；如需停用终端，请吊销终端 / this token was already used; revoke the terminal instead');
    await tx.query('UPDATE enrollment_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE token_hash = $1', [id]);
    const detail = { hallName: token.hallName, terminalName: token.terminalName };
    await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'token.revoked', target: id, regionCode: token.regionCode, detail });
  });
}
