import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { noCatalogTrust, type CatalogTrust, type EnrollReply, type EnrollRequest } from '../protocol/index.js';
import { canonicalKey, parseTerminalKey } from '../terminals/keys.js';
import { randomTerminalCode } from '../terminals/code.js';
import { hashToken } from './tokens.js';

interface ClaimedToken {
  hallName: string;
  terminalName: string;
  regionCode: string;
}

/**
 * Marks the token used in the same statement that checks it, so two terminals racing with one
 * token cannot both pass: the second waits on the row lock and then finds used_at set.
 */
async function claimToken(tx: Queryable, tokenHash: string): Promise<ClaimedToken | undefined> {
  const { rows } = await tx.query<ClaimedToken>(
    `UPDATE enrollment_tokens SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      RETURNING hall_name AS "hallName", terminal_name AS "terminalName", region_code AS "regionCode"`,
    [tokenHash],
  );
  return rows[0];
}

/** Why a token could not be claimed, said so a technician knows what to do next. */
async function refusal(tx: Queryable, tokenHash: string): Promise<HttpError> {
  const { rows } = await tx.query<{ used: boolean; revoked: boolean }>(
    'SELECT used_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked FROM enrollment_tokens WHERE token_hash = $1',
    [tokenHash],
  );
  const token = rows[0];
  if (!token) {
    return new HttpError(401, 'token_unknown', '注册码无效，请核对后重新输入 / unknown enrollment token; check it was typed in full');
  }
  if (token.revoked) {
    return new HttpError(401, 'token_revoked', '注册码已被管理员作废，请向管理员申请新的注册码 / an admin revoked this token; ask an admin for a new one');
  }
  if (token.used) {
    return new HttpError(401, 'token_used', '注册码已被使用，请向管理员申请新的注册码 / this token was already used; ask an admin for a new one');
  }
  return new HttpError(401, 'token_expired', '注册码已过期，请向管理员申请新的注册码 / this token has expired; ask an admin for a new one');
}

/** Inserts the terminal under a fresh random code, drawing again on the rare collision. */
async function insertTerminal(tx: Queryable, claimed: ClaimedToken, publicKey: string): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = randomTerminalCode();
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO terminals (id, code, name, hall_name, region_code, public_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [id, code, claimed.terminalName, claimed.hallName, claimed.regionCode, publicKey],
    );
    if (rows.length > 0) return { id, code };
  }
  throw new Error('no free terminal code after 20 draws');
}

/** Binds the terminal's key to the hall and region its one-time token was made for. */
export async function enrollTerminal(db: Database, request: EnrollRequest, catalogTrust: CatalogTrust = noCatalogTrust): Promise<EnrollReply> {
  const key = parseTerminalKey(request.publicKey);
  if (!key) throw new HttpError(400, 'bad_public_key', 'publicKey must be an Ed25519 public key, SPKI DER in base64');
  const tokenHash = hashToken(request.token);
  return db.transaction(async (tx) => {
    const claimed = await claimToken(tx, tokenHash);
    if (!claimed) throw await refusal(tx, tokenHash);
    const terminal = await insertTerminal(tx, claimed, canonicalKey(key));
    await tx.query('UPDATE enrollment_tokens SET terminal_id = $1 WHERE token_hash = $2', [terminal.id, tokenHash]);
    return {
      terminalId: terminal.id,
      terminalCode: terminal.code,
      terminalName: claimed.terminalName,
      hallName: claimed.hallName,
      regionCode: claimed.regionCode,
      platformTime: new Date().toISOString(),
      catalogTrust,
    };
  });
}
