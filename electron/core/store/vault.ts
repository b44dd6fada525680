import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 1;
const ivLength = 12;
const tagLength = 16;

export class VaultError extends Error {
  constructor(what: string) {
    super(`加密数据无法解开 / sealed data could not be opened (${what}): wrong key or damaged store`);
    this.name = 'VaultError';
  }
}

/**
 * Seals personal data for storage with AES-256-GCM. The associated data names the column and row,
 * so a ciphertext copied into another row or column fails to open instead of leaking there.
 * Layout: version (1) | iv (12) | tag (16) | ciphertext.
 */
export class Vault {
  private readonly key: Buffer;

  constructor(key: Uint8Array) {
    if (key.length !== 32) throw new TypeError('vault key must be 32 bytes (AES-256)');
    this.key = Buffer.from(key);
  }

  seal(plaintext: string, context: string): Buffer {
    return this.sealBytes(Buffer.from(plaintext, 'utf8'), context);
  }

  /** For binary personal data, such as a scanned document, without a detour through text. */
  sealBytes(plaintext: Uint8Array, context: string): Buffer {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Uint8Array, context: string): string {
    return this.openBytes(sealed, context).toString('utf8');
  }

  openBytes(sealed: Uint8Array, context: string): Buffer {
    const blob = Buffer.from(sealed);
    if (blob.length < 1 + ivLength + tagLength || blob[0] !== version) throw new VaultError(context);
    const iv = blob.subarray(1, 1 + ivLength);
    const tag = blob.subarray(1 + ivLength, 1 + ivLength + tagLength);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(blob.subarray(1 + ivLength + tagLength)), decipher.final()]);
    } catch {
      throw new VaultError(context);
    }
  }
}
