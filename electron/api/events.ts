import { z } from 'zod';
import { scanEventSchema } from './scan-meaning.js';
import { kioskStatusSchema } from './values.js';

/** Events the Node side pushes to the screen. */
export const events = {
  'kiosk.status': kioskStatusSchema,
  /** A code from the serial or HID POS scanner; a moment, not a state: never replayed to a page that connects later. */
  'scanner.scan': scanEventSchema,
} as const;

/** Events that are states: a page that connects late is given the last one. */
export const stateEvents: ReadonlySet<EventName> = new Set(['kiosk.status']);

export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
