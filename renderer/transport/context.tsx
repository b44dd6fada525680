import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ReplyOf, RequestName, RequestOf, KioskError, KioskApi } from '../api.js';
import { toKioskError } from './unavailable.js';

const KioskContext = createContext<KioskApi | null>(null);

export function KioskProvider({ kiosk, children }: { kiosk: KioskApi; children: ReactNode }) {
  return <KioskContext.Provider value={kiosk}>{children}</KioskContext.Provider>;
}

/** The screens' only way to the Node side; they never learn which host carries it. */
export function useKiosk(): KioskApi {
  const kiosk = useContext(KioskContext);
  if (!kiosk) throw new Error('useKiosk outside <KioskProvider>');
  return kiosk;
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: KioskError };

/**
 * One request made when the screen opens, again whenever `attempt` changes (a 重试 button).
 * A reply that arrives after the screen closed is dropped.
 */
export function useRequest<N extends RequestName>(name: N, payload: RequestOf<N>, attempt = 0): Loaded<ReplyOf<N>> {
  const kiosk = useKiosk();
  const [loaded, setLoaded] = useState<Loaded<ReplyOf<N>>>({ state: 'loading' });
  // Screens pass a fresh payload object each render; its JSON is what decides a new request.
  const key = JSON.stringify(payload);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    kiosk.invoke(name, JSON.parse(key) as RequestOf<N>).then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: toKioskError(error) }),
    );
    return () => {
      current = false;
    };
  }, [kiosk, name, key, attempt]);
  return loaded;
}
