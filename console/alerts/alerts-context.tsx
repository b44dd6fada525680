import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { alertListReplySchema, alertSchema, alertStreamEvent, type Alert } from '../../platform/protocol/alerts.js';
import { useSession } from '../shell/session.js';

export interface AlertsState {
  /** Of the last week, newest first, as the list and the stream have told them. */
  alerts: Alert[];
  /** The last alert pushed that is new (not an acknowledgement or a clearing), for the header to announce. */
  latest: Alert | null;
  /** True while the server-sent event stream is open: what shows is live. */
  live: boolean;
  error: unknown;
  acknowledge(id: number): Promise<void>;
}

const AlertsContext = createContext<AlertsState | undefined>(undefined);

/** Newer word of an alert replaces the older; the list stays newest first. */
function merge(list: readonly Alert[], incoming: readonly Alert[]): Alert[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  for (const alert of incoming) byId.set(alert.id, alert);
  return [...byId.values()].sort((a, b) => b.id - a.id);
}

/**
 * The region's alerts for every page: loaded once, then kept current by server-sent events
 * (the session cookie opens the stream; EventSource reconnects by itself after a drop).
 */
export function AlertsProvider({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [latest, setLatest] = useState<Alert | null>(null);
  const [live, setLive] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const source = new EventSource('/v1/console/alerts/stream');
    source.onopen = () => {
      setLive(true);
      // Whatever happened while the stream was down is in the list.
      api.get('/v1/admin/alerts', alertListReplySchema).then((reply) => setAlerts((list) => merge(reply.alerts, list)), setError);
    };
    source.onerror = () => setLive(false);
    source.addEventListener(alertStreamEvent, (event) => {
      const parsed = alertSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (!parsed.success) return;
      const alert = parsed.data;
      setAlerts((list) => merge(list, [alert]));
      if (alert.acknowledged === null && alert.clearedAt === null) setLatest(alert);
    });
    return () => source.close();
  }, [api]);

  const acknowledge = useCallback(async (id: number) => {
    const alert = await api.post(`/v1/admin/alerts/${id}/acknowledge`, {}, alertSchema);
    setAlerts((list) => merge(list, [alert]));
  }, [api]);

  const state = useMemo(() => ({ alerts, latest, live, error, acknowledge }), [alerts, latest, live, error, acknowledge]);
  return <AlertsContext.Provider value={state}>{children}</AlertsContext.Provider>;
}

export function useAlerts(): AlertsState {
  const state = useContext(AlertsContext);
  if (!state) throw new Error('useAlerts outside AlertsProvider');
  return state;
}

/** Open and not yet taken on by anyone: what the navigation counts. */
export const needsAttention = (alert: Alert): boolean => alert.acknowledged === null && alert.clearedAt === null;
