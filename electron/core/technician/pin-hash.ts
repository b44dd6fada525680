import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters, kept with each hash. */
export interface ScryptCost {
  n: number;
  r: number;
  p: number;
}

export interface PinHash extends ScryptCost {
  hash: Buffer;
  salt: Buffer;
}

/**
 * N=2^15, r=8, p=1: 32 MiB and about a tenth of a second per try. Nothing for a technician at the
 * screen (who also meets the lockout); a copied store costs a guesser that much memory and time
 * for every PIN it tries, on every terminal separately (each has its own salt).
 */
export const pinCost: ScryptCost = { n: 2 ** 15, r: 8, p: 1 };

const keyLength = 32;

function derive(pin: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default ceiling (32 MiB) is exactly that, so allow twice it.
  const options = { N: cost.n, r: cost.r, p: cost.p, maxmem: 256 * cost.n * cost.r };
  return new Promise((resolve, reject) => scrypt(pin, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPin(pin: string, cost: ScryptCost = pinCost): Promise<PinHash> {
  const salt = randomBytes(16);
  return { hash: await derive(pin, salt, cost), salt, ...cost };
}

/** Compared in constant time, with the cost the PIN was hashed at. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, stored.salt, stored);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
