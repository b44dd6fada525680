import { createHash, sign, verify, type KeyObject } from 'node:crypto';

/**
 * How a terminal proves who it is on every request after enrollment: an Ed25519 signature over
 * the method, path, time and body hash. The private key never leaves the terminal, so a copy of
 * the platform's database cannot be used to act as a terminal.
 */
export const signatureHeaders = {
  terminal: 'x-tongban-terminal',
  time: 'x-tongban-time',
  signature: 'x-tongban-signature',
} as const;

/** How far a request's time may stray from the platform's before it is refused as a replay. */
export const maxClockSkewMs = 15 * 60_000;

export function signingInput(method: string, path: string, time: string, body: string | Uint8Array): Buffer {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return Buffer.from(`${method.toUpperCase()}\n${path}\n${time}\n${bodyHash}`, 'utf8');
}

export function signRequest(
  key: KeyObject,
  method: string,
  path: string,
  time: string,
  body: string | Uint8Array,
): string {
  return sign(null, signingInput(method, path, time, body), key).toString('base64');
}

/** An Ed25519 signature's length. */
const signatureBytes = 64;

/**
 * The signature's bytes, or undefined unless `text` is their canonical (padded, standard alphabet)
 * base64. Node's decoder skips characters outside the alphabet and anything after the padding, so
 * one signature has endless spellings; accepting only one keeps a replay from passing as new.
 */
export function decodeSignature(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === signatureBytes && bytes.toString('base64') === text ? bytes : undefined;
}

export function verifyRequest(
  publicKey: KeyObject,
  method: string,
  path: string,
  time: string,
  body: string | Uint8Array,
  signature: Uint8Array,
): boolean {
  return verify(null, signingInput(method, path, time, body), publicKey, signature);
}
