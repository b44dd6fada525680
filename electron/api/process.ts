import { z } from 'zod';
import { replyEnvelopeSchema } from './envelope.js';

/**
 * Messages between the shell (Electron main or the browser host) and the core process. The
 * shell forwards requests it has already validated; the core validates again, as every boundary does.
 */
/**
 * The kiosk page as the screen shows it, taken by the shell for a screenshot command: a PNG, or
 * why none could be taken (bilingual, for the operator).
 */
export const screenCaptureSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), png: z.base64() }),
  z.object({ ok: z.literal(false), reason: z.string().max(400) }),
]);
export type ScreenCapture = z.infer<typeof screenCaptureSchema>;

export const toCoreSchema = z.discriminatedUnion('type', [
  /**
   * The first message: the configuration, carried here rather than argv so the key is not in `ps`.
   * technicianSession: the technician who had the last core start this one (devices reassigned) is still in.
   */
  z.object({ type: z.literal('start'), config: z.unknown(), technicianSession: z.boolean().default(false) }),
  z.object({ type: z.literal('invoke'), id: z.number().int(), name: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('shutdown') }),
  /** The answer to the core's captureScreen of the same id. */
  z.object({ type: z.literal('screenCaptured'), id: z.number().int(), capture: screenCaptureSchema }),
]);
export type ToCore = z.infer<typeof toCoreSchema>;

export const fromCoreSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('reply'), id: z.number().int(), envelope: replyEnvelopeSchema }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
  z.object({ type: z.literal('fatal'), message: z.string() }),
  /** A technician asked for a restart: the shell stops this core and starts a fresh one (keepTechnician: with the session open). */
  z.object({ type: z.literal('restart'), keepTechnician: z.boolean().default(false) }),
  /** A screenshot command asks the shell for the page as the screen shows it (answered by screenCaptured). */
  z.object({ type: z.literal('captureScreen'), id: z.number().int() }),
]);
export type FromCore = z.infer<typeof fromCoreSchema>;
