import type { Database } from '../db/database.js';
import { alertSchema, type Alert } from '../protocol/index.js';
import { alertChannel } from './store.js';

export type AlertListener = (alert: Alert) => void;

/**
 * One LISTEN per platform instance, fanned out to the consoles open on it. The alerts come from
 * NOTIFY, so a console hears of an alert whichever instance raised it.
 */
export class AlertPush {
  private readonly listeners = new Set<AlertListener>();
  private stop: () => Promise<void> = async () => undefined;

  static async start(db: Database): Promise<AlertPush> {
    const push = new AlertPush();
    push.stop = await db.listen(alertChannel, (payload) => push.deliver(payload));
    return push;
  }

  subscribe(listener: AlertListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    this.listeners.clear();
    return this.stop();
  }

  private deliver(payload: string): void {
    const parsed = alertSchema.safeParse(JSON.parse(payload));
    if (!parsed.success) return;
    for (const listener of this.listeners) listener(parsed.data);
  }
}
