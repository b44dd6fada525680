import type { Database } from '../db/database.js';
import { hallById } from '../appointments/hall-store.js';
import type { CallingSystem } from './calling-system.js';

/**
 * The windows of every hall at work, for the demo: each tick, each group with someone waiting
 * calls its next number at one of its windows in turn, so a ticket's "people ahead" goes down as
 * it would in a hall. Returns a stop function; a failed tick is reported and the next one tries again.
 */
export function startCallLoop(db: Database, calling: CallingSystem, everySeconds: number, report: (error: unknown) => void): () => void {
  let tick = 0;
  const callAll = async () => {
    tick += 1;
    const { rows } = await db.query<{ id: string }>('SELECT id FROM halls');
    for (const { id } of rows) {
      const hall = await hallById(db, id);
      if (!hall) continue;
      const waiting = await calling.waiting(hall);
      for (const group of hall.groups) {
        if ((waiting.get(group.code) ?? 0) > 0) await calling.callNext(hall, group.code, group.windows[tick % group.windows.length] ?? '1');
      }
    }
  };
  const timer = setInterval(() => void callAll().catch(report), everySeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
