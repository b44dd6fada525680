import { useCallback, useEffect, useRef, useState } from 'react';
import { remoteCallJoinReplySchema, remoteSignalsReplySchema, type RemoteCallSummary } from '../../platform/protocol/index.js';
import { openCallPeer, type CallPeer } from '../../ui-shared/remote-call/call-peer.js';
import { followCall } from '../../ui-shared/remote-call/follow-call.js';
import type { Api } from '../api/client.js';

export type ClerkPhase = { phase: 'joining' | 'connecting' | 'live' } | { phase: 'ended'; by: 'citizen' | 'clerk' | 'lost' } | { phase: 'failed'; error: unknown };

export interface ClerkCall {
  phase: ClerkPhase;
  identityCheckedBy: string | null;
  /** The card read matches the live picture: recorded with the call and in the audit log. */
  checkIdentity(): Promise<void>;
  local: MediaStream | null;
  remote: MediaStream | null;
  /** The screen view's data channel, which the kiosk opened with its offer. */
  screenChannel: RTCDataChannel | null;
  hangUp(): void;
}

/**
 * The clerk's side of a call they accepted: accept (the first clerk wins), camera and microphone,
 * then the citizen's offer answered. Either side's hang-up, or leaving the page, stops the camera.
 */
export function useClerkCall(api: Api, call: RemoteCallSummary): ClerkCall {
  const [phase, setPhase] = useState<ClerkPhase>({ phase: 'joining' });
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [identityCheckedBy, setIdentityCheckedBy] = useState<string | null>(null);
  const [screenChannel, setScreenChannel] = useState<RTCDataChannel | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const path = `/v1/console/remote-calls/${encodeURIComponent(call.id)}`;

  const finish = useCallback((then: ClerkPhase) => {
    stop.current?.();
    stop.current = null;
    setLocal(null);
    setRemote(null);
    setScreenChannel(null);
    setPhase(then);
  }, []);

  useEffect(() => {
    const aborted = new AbortController();
    let peer: CallPeer | undefined;
    stop.current = () => {
      aborted.abort();
      peer?.close();
    };
    void (async () => {
      const { iceServers } = await api.post(`${path}/accept`, {}, remoteCallJoinReplySchema);
      peer = await openCallPeer({
        iceServers,
        send: (signal) => api.post(`${path}/signals`, { signal }),
        onRemote: (stream) => {
          setRemote(stream);
          setPhase({ phase: 'live' });
        },
        onLost: () => finish({ phase: 'ended', by: 'lost' }),
        screenChannel: { open: false, onChannel: setScreenChannel },
      });
      if (aborted.signal.aborted) return peer.close();
      setLocal(peer.local);
      setPhase({ phase: 'connecting' });
      const poll = (after: number, seen: string) => api.get(`${path}/signals?after=${after}&seen=${seen}`, remoteSignalsReplySchema);
      await followCall(poll, async (news) => {
        setIdentityCheckedBy(news.identityCheckedBy);
        for (const { signal } of news.signals) await peer?.receive(signal);
        if (news.state === 'ended') finish({ phase: 'ended', by: news.endedBy === 'clerk' ? 'clerk' : 'citizen' });
      }, aborted.signal);
    })().catch((error: unknown) => {
      if (!aborted.signal.aborted) finish({ phase: 'failed', error });
    });
    return () => stop.current?.();
  }, [api, path, finish]);

  const hangUp = useCallback(() => {
    finish({ phase: 'ended', by: 'clerk' });
    api.post(`${path}/end`, {}).catch(() => undefined);
  }, [api, path, finish]);

  const checkIdentity = useCallback(async () => {
    await api.post(`${path}/identity-checked`, {});
  }, [api, path]);

  return { phase, identityCheckedBy, checkIdentity, local, remote, screenChannel, hangUp };
}
