import { z } from 'zod';
import { kioskStatusSchema } from './values.js';

/** Events the Node side pushes to the screen. */
export const events = {
  'kiosk.status': kioskStatusSchema,
} as const;

export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
