import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** A public key as configuration and enrollment carry it: SPKI DER in base64. */
export function spkiBase64(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function publicKeyOfSpki(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
}

/** Where writeKeyPair puts a pair. */
export function keyPairPaths(dir: string): { key: string; publicKey: string } {
  return { key: join(dir, 'key'), publicKey: join(dir, 'key.pub') };
}

/**
 * A new Ed25519 key pair as DIR/key (PKCS#8 PEM, 0600) and DIR/key.pub (SPKI PEM). Existing files
 * are never overwritten: a signing key lost that way cannot be got back.
 */
export function writeKeyPair(dir: string): { key: string; publicKey: string } {
  mkdirSync(dir, { recursive: true });
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const paths = keyPairPaths(dir);
  writeFileSync(paths.key, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(paths.publicKey, publicKey.export({ type: 'spki', format: 'pem' }), { flag: 'wx' });
  return paths;
}
