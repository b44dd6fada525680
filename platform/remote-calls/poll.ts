import { z } from 'zod';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { decimalParam, remoteCallStateSchema, type RemoteSignalsReply } from '../protocol/index.js';
import { callById, newsFor, type RemoteCallRow, type Side } from './store.js';
import type { RemoteCallWake } from './wake.js';

export const callIdSchema = z.object({ id: z.uuid() });

const pollQuerySchema = z.object({
  after: decimalParam(0, Number.MAX_SAFE_INTEGER).default(0),
  /** The state the poller last saw: a change from it is news. */
  seen: remoteCallStateSchema.default('waiting'),
});

/** The call a path names, or 404 in words: an id that is not a uuid is as unknown as any other. */
export async function namedCall(db: Database, params: unknown): Promise<RemoteCallRow> {
  const parsed = callIdSchema.safeParse(params);
  const call = parsed.success ? await callById(db, parsed.data.id) : undefined;
  if (!call) throw new HttpError(404, 'no_such_call', '没有这个远程帮办呼叫 / no such remote call');
  return call;
}

/**
 * A long poll: answers at once when `to` has news (a state other than the one it saw, or signals
 * after `after`), else at the call's next change, else empty after `waitMs`.
 */
export async function pollCall(db: Database, wake: RemoteCallWake, call: RemoteCallRow, to: Side, query: unknown, waitMs: number): Promise<RemoteSignalsReply> {
  const { after, seen } = parseInput(pollQuerySchema, query, 'bad_query', 'after: a whole number; seen: waiting, accepted or ended');
  const next = wake.next(call.id, waitMs);
  const news = await newsFor(db, call, to, after);
  if (news.state !== seen || news.signals.length > 0) {
    next.done();
    return news;
  }
  await next.woken;
  return newsFor(db, (await callById(db, call.id)) ?? call, to, after);
}
