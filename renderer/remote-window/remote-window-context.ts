import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { RemoteItem } from './use-remote-call.js';

export interface RemoteWindow {
  /** The item the open call is about (null: from 呼叫帮办); undefined while no call is open. */
  item: RemoteItem | undefined;
  ask(item: RemoteItem): void;
  close(): void;
}

export const RemoteWindowContext = createContext<RemoteWindow | null>(null);

/** The App's one remote window: it outlives screen changes, so a form stays beneath the call. */
export function useRemoteWindowState(): RemoteWindow {
  const [item, setItem] = useState<RemoteItem | undefined>(undefined);
  const ask = useCallback((next: RemoteItem) => setItem((open) => (open === undefined ? next : open)), []);
  const close = useCallback(() => setItem(undefined), []);
  return useMemo(() => ({ item, ask, close }), [item, ask, close]);
}

export function useRemoteWindow(): RemoteWindow {
  const remote = useContext(RemoteWindowContext);
  if (!remote) throw new Error('useRemoteWindow outside <RemoteWindowContext>');
  return remote;
}
