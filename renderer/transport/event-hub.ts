import type { EventName, EventOf } from '../api.js';
import type { ParsedEvent } from './validate.js';

type Listener = (payload: never) => void;

/** Listeners by event name; both transports feed it validated events. */
export function createEventHub() {
  const listeners = new Map<EventName, Set<Listener>>();
  return {
    add<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit(parsed: ParsedEvent): void {
      for (const listener of listeners.get(parsed.event) ?? []) {
        // The map is keyed by event name, so each listener takes exactly this payload type.
        (listener as (payload: EventOf<typeof parsed.event>) => void)(parsed.payload);
      }
    },
    get size(): number {
      let total = 0;
      for (const set of listeners.values()) total += set.size;
      return total;
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
