import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt with N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a second per guess. The login
 * route answers anyone, and each attempt holds that memory on one of libuv's four threads, so
 * the cost is what the platform can pay for a burst of strangers' logins; the lockout after five
 * failures, not the hash, is what stops guessing online. The parameters are stored in every hash
 * (scrypt$15$8$1$salt$hash, N as its base-2 logarithm), so they can be raised later and the old
 * hashes still verify.
 */
export const currentParameters = { logN: 15, r: 8, p: 1 } as const;
type Parameters = { logN: number; r: number; p: number };

const saltBytes = 16;
const keyBytes = 32;
export const minPasswordLength = 12;

/** Node refuses scrypt above 32 MiB by default; this leaves room for N up to 2^17 with r = 8. */
const maxmem = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, { logN, r, p }: Parameters): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Why a password will not do, in both languages; null when it will. */
export function weakPassword(password: string): string | null {
  const length = [...password].length;
  return length < minPasswordLength ? `密码至少 ${minPasswordLength} 个字符（现为 ${length} 个）/ the password must be at least ${minPasswordLength} characters (this one has ${length})` : null;
}

export async function hashPassword(password: string, parameters: Parameters = currentParameters): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, parameters);
  const { logN, r, p } = parameters;
  return ['scrypt', logN, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

const stored = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** True when password is the one hashed; false for any other, and for a hash this code cannot read. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const match = stored.exec(hash);
  if (!match) return false;
  const [, logN, r, p, salt, key] = match;
  const expected = Buffer.from(key ?? '', 'base64');
  const parameters = { logN: Number(logN), r: Number(r), p: Number(p) };
  const actual = await derive(password, Buffer.from(salt ?? '', 'base64'), parameters);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
