import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A key's id: the first 16 hex digits of the SHA-256 of its SPKI DER, as written in a bundle. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function readPrivateKey(path: string): KeyObject {
  const key = createPrivateKey(readFileSync(path));
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError(`${path} is not an Ed25519 private key`);
  return key;
}

export function readPublicKey(path: string): KeyObject {
  const key = createPublicKey(readFileSync(path));
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError(`${path} is not an Ed25519 public key`);
  return key;
}
