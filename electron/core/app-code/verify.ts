import { verify, type KeyObject } from 'node:crypto';
import { idNumberProblem } from '../../../standards/id-number.js';
import type { AppCodeRefusal } from '../../api/values.js';
import { appCodePayloadSchema, appCodePrefix, signingInput, type AppCodePayload } from './token.js';

export type AppCodeCheck = { ok: true; payload: AppCodePayload } | { ok: false; refusal: AppCodeRefusal };

/**
 * How far the province's clock and this terminal's may disagree. Small: a code lives a minute,
 * and a terminal whose clock is further off is shown to technicians by the heartbeat.
 */
export const clockSkewSeconds = 30;

/** An Ed25519 signature is 64 bytes: 86 base64url characters without padding. */
const codePattern = new RegExp(`^${appCodePrefix}\\.([A-Za-z0-9_-]{1,1000})\\.([A-Za-z0-9_-]{86})$`);

function refuse(refusal: AppCodeRefusal): AppCodeCheck {
  return { ok: false, refusal };
}

function decodePayload(encoded: string): AppCodePayload | undefined {
  try {
    const parsed = appCodePayloadSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A scanned 鄂汇办 code checked on this terminal alone, offline too: signed by one of the
 * province's keys, well formed, a possible ID number, and valid now. Whether it was used here
 * already is the store's to say (AppCodes).
 */
export function verifyAppCode(scanned: string, keys: readonly KeyObject[], now: Date): AppCodeCheck {
  if (keys.length === 0) return refuse('unavailable');
  const match = codePattern.exec(scanned.trim());
  const [, encoded, signature] = match ?? [];
  if (encoded === undefined || signature === undefined) return refuse('malformed');
  const signed = signingInput(encoded);
  const bytes = Buffer.from(signature, 'base64url');
  // One spelling per signature: base64url's spare low bits would otherwise let a code be rewritten.
  if (bytes.toString('base64url') !== signature) return refuse('malformed');
  if (!keys.some((key) => verify(null, signed, key, bytes))) return refuse('forged');
  const payload = decodePayload(encoded);
  if (!payload) return refuse('malformed');
  if (idNumberProblem(payload.idNumber, now)) return refuse('badIdNumber');
  const seconds = Math.floor(now.getTime() / 1000);
  if (payload.issuedAt > seconds + clockSkewSeconds) return refuse('notYetValid');
  if (payload.expiresAt < seconds - clockSkewSeconds) return refuse('expired');
  return { ok: true, payload };
}
