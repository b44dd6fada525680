import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the sealing needs of Electron's safeStorage; injected so this file imports no Electron. */
export interface Sealer {
  encryptStringAsync(plain: string): Promise<Buffer>;
  decryptStringAsync(sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

/**
 * The store key under Electron: 32 random bytes sealed by the OS keyring (safeStorage), so a
 * copied disk image without the user's keyring cannot open the personal data in the store.
 */
export async function loadOrCreateSealedKey(path: string, sealer: Sealer): Promise<Buffer> {
  if (existsSync(path)) {
    const { result, shouldReEncrypt } = await sealer.decryptStringAsync(readFileSync(path));
    if (shouldReEncrypt) writeFileSync(path, await sealer.encryptStringAsync(result), { mode: 0o600 });
    return Buffer.from(result, 'base64');
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, await sealer.encryptStringAsync(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  return key;
}
