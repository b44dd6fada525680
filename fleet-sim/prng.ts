import { createHash } from 'node:crypto';

/**
 * Seeded pseudo-random numbers: the same seed gives the same fleet, faults and cases, so a run
 * seen on the console (or a failing test) can be seen again. Not for anything secret.
 */

/** mulberry32: small and seeded. In [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A stream with the draws a simulation needs. */
export interface Prng {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Uint8Array;
}

/** A stream named by any text (`seed/terminal/3`): each name its own, independent of the others' draws. */
export function seededPrng(name: string): Prng {
  const next = mulberry32(createHash('sha256').update(name).digest().readUInt32LE(0));
  const draw = (min: number, max: number) => between(next, min, max);
  return {
    next,
    between: draw,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[draw(0, items.length - 1)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    bytes: (n) => Uint8Array.from({ length: n }, () => draw(0, 255)),
  };
}
