import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';

/**
 * What a failed request of the outbox says about the items it carried:
 * - `refused`: the platform, in its own words, refused the content (a value it cannot store, a
 *   conflict): sent alone, the item goes to the dead letters; retrying cannot help.
 * - `failed`: the platform answered but did not take it (a 500, a 403 or 404, a 4xx not in its
 *   own words): it may be this item, so it counts against it, goes up alone next time, and is
 *   flagged as stuck after a few; it is kept and retried.
 * - `unavailable`: the line or the moment (no answer, 401 credentials, 408, 429, a balancer's
 *   502/503/504): says nothing of the item; retried later, counted against nothing.
 */
export type Verdict = { kind: 'refused'; error: PlatformRefusedError } | { kind: 'failed'; reason: string } | { kind: 'unavailable'; reason: string };

/** The terminal's credentials or the moment, never one item. */
const notAboutTheItem = new Set([401, 408, 429]);
/** A wrong address or a forbidden route concerns every item alike: not a verdict on one. */
const notAVerdict = new Set([403, 404]);
/** A balancer or gateway speaking for a platform that is not there. */
const gatewayStatuses = new Set([502, 503, 504]);

export function verdictOf(error: unknown): Verdict {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof PlatformRefusedError) {
    if (notAboutTheItem.has(error.status)) return { kind: 'unavailable', reason };
    if (error.explained && !notAVerdict.has(error.status)) return { kind: 'refused', error };
    return { kind: 'failed', reason };
  }
  if (error instanceof PlatformUnavailableError && error.status !== undefined && !gatewayStatuses.has(error.status)) return { kind: 'failed', reason };
  return { kind: 'unavailable', reason };
}
