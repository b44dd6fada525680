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
 * Token buckets per terminal, per platform instance: behind a balancer of n instances a terminal
 * gets up to n times the rate, which is still bounded; a shared counter would cost a write per request.
 */
const limiters = new WeakMap<FastifyInstance, { limit: RateLimit; buckets: Map<string, Bucket> }>();

export function installRateLimit(app: FastifyInstance, limit: RateLimit): void {
  limiters.set(app, { limit, buckets: new Map() });
}

/** Spends one token of the terminal's bucket, or refuses with 429. Counted only once authenticated, so nobody can spend another's. */
export function spendRequest(app: FastifyInstance, terminalId: string, now = Date.now()): void {
  const limiter = limiters.get(app);
  if (!limiter) return;
  const { limit, buckets } = limiter;
  const bucket = buckets.get(terminalId) ?? { tokens: limit.burst, at: now };
  bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
  bucket.at = now;
  buckets.set(terminalId, bucket);
  if (bucket.tokens < 1) {
    throw new HttpError(429, 'rate_limited', '请求过于频繁，请稍后重试 / too many requests from this terminal; retry later');
  }
  bucket.tokens -= 1;
}
