import type { Queryable } from '../db/database.js';
import { maxClockSkewMs } from '../protocol/index.js';
import { HttpError } from './http-error.js';

/** Pruning on every request would cost a delete each; once in this many is plenty. */
const pruneEvery = 500;
let sincePrune = 0;

/**
 * Refuses a signature seen before. The time check already refuses anything older than the skew
 * window, so only signatures within it are kept, in the database, so every instance sees them.
 * The key is the signature's bytes (kept as their canonical base64), never the header's text: the
 * same bytes spelt another way are the same request.
 */
export async function refuseReplay(db: Queryable, signature: Uint8Array): Promise<void> {
  const { rows } = await db.query<{ signature: string }>(
    'INSERT INTO seen_signatures (signature) VALUES ($1) ON CONFLICT (signature) DO NOTHING RETURNING signature',
    [Buffer.from(signature).toString('base64')],
  );
  if (rows.length === 0) {
    throw new HttpError(401, 'replayed', '重复的请求 / this request was already received: sign each request anew');
  }
  sincePrune += 1;
  if (sincePrune < pruneEvery) return;
  sincePrune = 0;
  await pruneSeenSignatures(db);
}

/** Twice the window: a request may be up to the skew early as well as late. Returns rows removed. */
export async function pruneSeenSignatures(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ signature: string }>(
    'DELETE FROM seen_signatures WHERE seen_at < now() - make_interval(secs => $1) RETURNING signature',
    [(2 * maxClockSkewMs) / 1000],
  );
  return rows.length;
}
