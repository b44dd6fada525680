import { HttpError } from '../http/http-error.js';
import type { RemoteCallRow } from './store.js';

/** Signals pass only between a clerk's acceptance and the hang-up: before, nobody listens; after, nobody should. */
export function acceptsSignals(call: RemoteCallRow): RemoteCallRow {
  if (call.state === 'accepted') return call;
  throw new HttpError(409, 'call_not_open', call.state === 'ended' ? '通话已结束 / the call has ended' : '尚无帮办员接听 / no clerk has taken the call yet');
}
