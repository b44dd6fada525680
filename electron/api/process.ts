import { z } from 'zod';
import { replyEnvelopeSchema } from './envelope.js';

/**
 * Messages between the shell (Electron main or the browser host) and the core process. The
 * shell forwards requests it has already validated; the core validates again, as every boundary does.
 */
export const toCoreSchema = z.discriminatedUnion('type', [
  /**
   * The first message: the configuration, carried here rather than argv so the key is not in `ps`.
   * technicianSession: the technician who had the last core start this one (devices reassigned) is still in.
   */
  z.object({ type: z.literal('start'), config: z.unknown(), technicianSession: z.boolean().default(false) }),
  z.object({ type: z.literal('invoke'), id: z.number().int(), name: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('shutdown') }),
]);
export type ToCore = z.infer<typeof toCoreSchema>;

export const fromCoreSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('reply'), id: z.number().int(), envelope: replyEnvelopeSchema }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('fatal'), message: z.string() }),
  /** A technician asked for a restart: the shell stops this core and starts a fresh one (keepTechnician: with the session open). */
  z.object({ type: z.literal('restart'), keepTechnician: z.boolean().default(false) }),
]);
export type FromCore = z.infer<typeof fromCoreSchema>;
