import { useCallback, useEffect, useRef, useState } from 'react';
import { openCallPeer, type CallPeer } from '../../ui-shared/remote-call/call-peer.js';
import { followCall, type CallNews } from '../../ui-shared/remote-call/follow-call.js';
import type { KioskApi, KioskError, ReplyOf } from '../api.js';
import { useKiosk } from '../transport/context.js';
import { toKioskError } from '../transport/unavailable.js';

/** No clerk took the call in this time: the citizen hears so, with 12345 and the callback. */
export const unansweredAfterMs = 90_000;

export type RemoteItem = { code: string; name: string } | null;

export type RemotePhase =
  | { phase: 'asking' }
  | { phase: 'waiting'; callId: string }
  | { phase: 'connecting' | 'live'; callId: string; clerk: string }
  | { phase: 'ended'; by: 'citizen' | 'clerk' | 'lost' }
  | { phase: 'unanswered'; callId: string }
  | { phase: 'failed'; error: KioskError };

export interface RemoteCall {
  phase: RemotePhase;
  /** The clerk who checked the citizen's identity against the live picture. */
  identityCheckedBy: string | null;
  local: MediaStream | null;
  remote: MediaStream | null;
  /** The screen view's data channel, opened with the call (screen/ScreenShare.tsx uses it). */
  screenChannel: RTCDataChannel | null;
  hangUp(): void;
}

interface Running {
  stop: AbortController;
  peer?: CallPeer;
  timer?: ReturnType<typeof setTimeout>;
}

/** The call's signals go up through the core, which signs them with the terminal's key. */
function pollOf(kiosk: KioskApi, callId: string) {
  return (after: number, seen: CallNews['state']) => kiosk.invoke('remote.news', { callId, after, seen });
}

/**
 * 远程帮办 from the kiosk's side, started on mount for `item`: ask, wait for a clerk, then camera
 * and microphone, offer, and the clerk's picture. Hanging up, the clerk's hang-up, a lost line
 * and leaving the screen (unmount) all stop the camera at once.
 */
export function useRemoteCall(item: RemoteItem): RemoteCall {
  const kiosk = useKiosk();
  const [phase, setPhase] = useState<RemotePhase>({ phase: 'asking' });
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [identityCheckedBy, setIdentityCheckedBy] = useState<string | null>(null);
  const [screenChannel, setScreenChannel] = useState<RTCDataChannel | null>(null);
  const running = useRef<Running | null>(null);
  const callId = useRef<string | null>(null);

  const finish = useCallback((then: RemotePhase) => {
    const current = running.current;
    running.current = null;
    if (!current) return;
    current.stop.abort();
    clearTimeout(current.timer);
    current.peer?.close();
    setLocal(null);
    setRemote(null);
    setScreenChannel(null);
    setPhase(then);
  }, []);

  const onNews = useCallback(
    async (run: Running, ask: ReplyOf<'remote.ask'>, news: CallNews) => {
      setIdentityCheckedBy(news.identityCheckedBy);
      if (news.state === 'ended') {
        finish(news.endedBy === 'unanswered' ? { phase: 'unanswered', callId: ask.callId } : { phase: 'ended', by: news.endedBy === 'citizen' ? 'citizen' : 'clerk' });
        return;
      }
      if (news.state === 'accepted' && !run.peer) {
        clearTimeout(run.timer);
        const clerk = news.clerk ?? '';
        run.peer = await openCallPeer({
          iceServers: ask.iceServers,
          send: async (signal) => void (await kiosk.invoke('remote.signal', { callId: ask.callId, signal })),
          onRemote: (stream) => {
            setRemote(stream);
            setPhase({ phase: 'live', callId: ask.callId, clerk });
          },
          onLost: () => finish({ phase: 'ended', by: 'lost' }),
          screenChannel: { open: true, onChannel: setScreenChannel },
        });
        setLocal(run.peer.local);
        setPhase({ phase: 'connecting', callId: ask.callId, clerk });
        await run.peer.offer();
      }
      for (const { signal } of news.signals) await run.peer?.receive(signal);
    },
    [kiosk, finish],
  );

  useEffect(() => {
    const run: Running = { stop: new AbortController() };
    running.current = run;
    void (async () => {
      const ask = await kiosk.invoke('remote.ask', { item });
      callId.current = ask.callId;
      if (run.stop.signal.aborted) return;
      setPhase({ phase: 'waiting', callId: ask.callId });
      run.timer = setTimeout(() => void kiosk.invoke('remote.end', { callId: ask.callId, by: 'unanswered' }), unansweredAfterMs);
      await followCall(pollOf(kiosk, ask.callId), (news) => onNews(run, ask, news), run.stop.signal);
    })().catch((error: unknown) => {
      if (running.current !== run) return;
      finish(callId.current ? { phase: 'ended', by: 'lost' } : { phase: 'failed', error: toKioskError(error) });
    });
    // Leaving the screen mid-call hangs up: the camera never stays on behind another screen.
    return () => {
      if (running.current !== run) return;
      finish({ phase: 'ended', by: 'citizen' });
      if (callId.current) void kiosk.invoke('remote.end', { callId: callId.current, by: 'citizen' }).catch(() => undefined);
    };
  }, [kiosk, item, onNews, finish]);

  const hangUp = useCallback(() => {
    const id = callId.current;
    finish({ phase: 'ended', by: 'citizen' });
    if (id) void kiosk.invoke('remote.end', { callId: id, by: 'citizen' }).catch(() => undefined);
  }, [kiosk, finish]);

  return { phase, identityCheckedBy, local, remote, screenChannel, hangUp };
}
