import { z } from 'zod';
import { apiErrorSchema } from './errors.js';
import { type KioskError } from './kiosk-error.js';

/** How a reply travels: the value, or one error the renderer can show. */
export const replyEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);
export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;

/** Every refusal travels in this one shape, whichever side (core, bridge, shell) refuses. */
export function failure(error: KioskError): ReplyEnvelope {
  return { ok: false, error: error.toJSON() };
}

export const eventEnvelopeSchema = z.object({ event: z.string(), payload: z.unknown() });
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

/** The Electron IPC channels; the preload refuses any other. */
export const ipcChannels = { invoke: 'tongban:invoke', event: 'tongban:event' } as const;
