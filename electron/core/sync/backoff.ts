export interface BackoffOptions {
  /** First retry delay. Default 1 s. */
  baseMs: number;
  /** Ceiling, so a terminal back online is noticed within this. Default 60 s. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1000, maxMs: 60_000 };

/**
 * Exponential backoff with "equal jitter": half fixed, half random, so a fleet that lost the
 * line together does not come back in one thundering herd.
 */
export function backoffDelay(attempts: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempts, 30));
  return ceiling / 2 + random() * (ceiling / 2);
}
