import { createPublicKey, type KeyObject } from 'node:crypto';

/** Reads a terminal's public key (SPKI DER, base64); undefined unless it is an Ed25519 key. */
export function parseTerminalKey(base64: string): KeyObject | undefined {
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The one spelling stored, whatever padding or line breaks the terminal sent. */
export function canonicalKey(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}
