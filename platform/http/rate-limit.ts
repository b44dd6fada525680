import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error.js';

export interface RateLimit {
  /** Requests a terminal may make per second, on average. */
  perSecond: number;
  /** How many it may make at once after a quiet spell (a terminal draining its outbox). */
  burst: number;
}

/** A kiosk beats once a minute and sends a batch now and then: this leaves it room to catch up. */
export const defaultRateLimit: RateLimit = { perSecond: 5, burst: 60 };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key (a terminal, a caller's address), per platform instance: behind a balancer
 * of n instances a key gets up to n times the rate, which is still bounded; a shared counter would
 * cost a write per request. At most `maxKeys` buckets are kept, the least recently used dropped
 * first, so callers from many addresses cannot grow the instance's memory without end.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = 100_000,
  ) {}

  /** Spends one token of the key's bucket; false when it has none left. */
  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    // Deleted and set again: the Map's order is then the order of last use.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value ?? key);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

const limiters = new WeakMap<FastifyInstance, TokenBuckets>();

export function installRateLimit(app: FastifyInstance, limit: RateLimit): void {
  limiters.set(app, new TokenBuckets(limit));
}

/** Spends one token of the terminal's bucket, or refuses with 429. Counted only once authenticated, so nobody can spend another's. */
export function spendRequest(app: FastifyInstance, terminalId: string, now = Date.now()): void {
  if (limiters.get(app)?.take(terminalId, now) === false) {
    throw new HttpError(429, 'rate_limited', '请求过于频繁，请稍后重试 / too many requests from this terminal; retry later');
  }
}
