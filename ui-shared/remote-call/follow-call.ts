import type { CallSignal } from './call-peer.js';

export type CallState = 'waiting' | 'accepted' | 'ended';
export type CallEnd = 'citizen' | 'clerk' | 'unanswered';

export interface CallNews {
  state: CallState;
  endedBy: CallEnd | null;
  clerk: string | null;
  identityCheckedBy: string | null;
  signals: ReadonlyArray<{ seq: number; signal: CallSignal }>;
}

/**
 * Long-polls a call until it ends or `stop` is aborted, handing each answer on in order. A poll
 * that fails (the line dropped) ends the following with that error: the call cannot go on
 * without its signalling, and the page says so.
 */
export async function followCall(poll: (after: number, seen: CallState) => Promise<CallNews>, onNews: (news: CallNews) => Promise<void>, stop: AbortSignal): Promise<void> {
  let after = 0;
  let seen: CallState = 'waiting';
  while (!stop.aborted) {
    const news = await poll(after, seen);
    if (stop.aborted) return;
    after = news.signals.at(-1)?.seq ?? after;
    seen = news.state;
    await onNews(news);
    if (news.state === 'ended') return;
  }
}
