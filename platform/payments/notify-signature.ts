import { randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { notifyHeaders } from '../protocol/payments.js';

/**
 * What is signed, as WeChat Pay v3 does: the timestamp, a nonce and the body bytes, each on its
 * own line. The platform verifies the bytes it received, never a re-serialised body.
 */
function message(time: string, nonce: string, body: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${time}\n${nonce}\n`), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\n')]);
}

/** The headers of a notification signed with the provider's key. */
export function signNotification(key: KeyObject, body: string, now = new Date()): Record<string, string> {
  const time = now.toISOString();
  const nonce = randomBytes(16).toString('hex');
  return {
    [notifyHeaders.time]: time,
    [notifyHeaders.nonce]: nonce,
    [notifyHeaders.signature]: sign(null, message(time, nonce, body), key).toString('base64'),
  };
}

/** True only for these exact bytes signed by this key; any missing or malformed header is false. */
export function verifyNotification(key: KeyObject, headers: Record<string, string | string[] | undefined>, body: Buffer): boolean {
  const [time, nonce, signature] = [notifyHeaders.time, notifyHeaders.nonce, notifyHeaders.signature].map((h) => headers[h]);
  if (typeof time !== 'string' || typeof nonce !== 'string' || typeof signature !== 'string') return false;
  if (!/^[A-Za-z0-9+/]{86}==$/.test(signature)) return false;
  return verify(null, message(time, nonce, body), key, Buffer.from(signature, 'base64'));
}
