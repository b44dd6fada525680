import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadOrCreateKeyFile } from '../core/store/key-file.js';

/** What the sealing needs of Electron's safeStorage; injected so this file imports no Electron. */
export interface Sealer {
  encryptStringAsync(plain: string): Promise<Buffer>;
  decryptStringAsync(sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

/**
 * The store key under Electron: 32 bytes sealed by the OS keyring (safeStorage), so a copied disk
 * image without the user's keyring cannot open the personal data in the store. A terminal
 * enrolled by `tongban enroll` or technician mode's screen has its store under a 0600 key file
 * (`plainKeyFile`): that key is sealed, then the plain file removed, so the store still opens.
 */
export async function loadOrCreateSealedKey(path: string, sealer: Sealer, plainKeyFile?: string): Promise<Buffer> {
  const plain = plainKeyFile !== undefined && existsSync(plainKeyFile) ? loadOrCreateKeyFile(plainKeyFile) : undefined;
  const key = existsSync(path) ? await unsealed(path, sealer) : await sealedAnew(path, sealer, plain ?? randomBytes(32));
  // Removed only once the sealed key is known to be the same (a kill between the two steps leaves both).
  if (plainKeyFile !== undefined && plain?.equals(key)) rmSync(plainKeyFile);
  return key;
}

async function unsealed(path: string, sealer: Sealer): Promise<Buffer> {
  const { result, shouldReEncrypt } = await sealer.decryptStringAsync(readFileSync(path));
  if (shouldReEncrypt) writeFileSync(path, await sealer.encryptStringAsync(result), { mode: 0o600 });
  return Buffer.from(result, 'base64');
}

async function sealedAnew(path: string, sealer: Sealer, key: Buffer): Promise<Buffer> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, await sealer.encryptStringAsync(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  return key;
}
