import type { Database } from '../db/database.js';
import { remoteCallChannel } from './store.js';

/**
 * Long polls of remote calls wait here: one LISTEN per platform instance, each waiter woken by a
 * NOTIFY naming its call, whichever instance wrote the change, or by its time running out.
 */
export class RemoteCallWake {
  private readonly waiters = new Map<string, Set<() => void>>();
  private stop: () => Promise<void> = async () => undefined;

  static async start(db: Database): Promise<RemoteCallWake> {
    const wake = new RemoteCallWake();
    wake.stop = await db.listen(remoteCallChannel, (id) => wake.wakeCall(id));
    return wake;
  }

  /**
   * `woken` resolves at the call's next change or after `ms`; taken before reading, so no change
   * slips in between. `done` lets go early, when the read already had news.
   */
  next(id: string, ms: number): { woken: Promise<void>; done(): void } {
    const waiters = this.waiters.get(id) ?? new Set<() => void>();
    this.waiters.set(id, waiters);
    let done = () => undefined as void;
    const woken = new Promise<void>((resolve) => {
      done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0) this.waiters.delete(id);
        resolve();
      };
    });
    const timer = setTimeout(done, ms);
    waiters.add(done);
    return { woken, done };
  }

  /** Every poll answers now (the platform is closing: no request may hold it open). */
  wakeAll(): void {
    for (const id of [...this.waiters.keys()]) this.wakeCall(id);
  }

  close(): Promise<void> {
    this.wakeAll();
    return this.stop();
  }

  private wakeCall(id: string): void {
    for (const waiter of [...(this.waiters.get(id) ?? [])]) waiter();
  }
}
