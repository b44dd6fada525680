import { z } from 'zod';
import { serviceStateSchema } from './lifecycle.js';

/** A technician's PIN: 6 to 12 digits, typed on the screen's digit pad or given to `tongban technician-pin set`. */
export const technicianPinSchema = z.string().regex(/^\d{6,12}$/, 'PIN 应为 6 至 12 位数字 / the PIN is 6 to 12 digits');

/** Wrong tries before the PIN is locked out, and for how long: persisted, so a restart does not reset it. */
export const pinTriesBeforeLockout = 5;
export const pinLockoutMinutes = 15;

/** A technician session ends after this long with no technician request. */
export const technicianIdleSeconds = 120;

/** An unlock's answer: a wrong PIN is an answer, not an error (the technician types again). */
export const unlockReplySchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('unlocked') }),
  z.object({ outcome: z.literal('wrongPin'), triesLeft: z.number().int().min(1).max(pinTriesBeforeLockout) }),
  z.object({ outcome: z.literal('lockedOut'), until: z.string() }),
  /** No PIN was set at enrollment: `tongban technician-pin set --pin-stdin` on the terminal. */
  z.object({ outcome: z.literal('noPin') }),
]);
export type UnlockReply = z.infer<typeof unlockReplySchema>;

/** What technician mode shows of the terminal: its state and who it is, never a citizen's data. */
export const technicianStateSchema = z.object({
  service: serviceStateSchema,
  maintenance: z.boolean(),
  demo: z.boolean(),
  /** An unenrolled terminal (running the demo) that technician mode may enroll from its screen. */
  enrollable: z.boolean(),
  terminal: z.object({ terminalCode: z.string(), terminalName: z.string(), hallName: z.string(), regionCode: z.string() }),
});
export type TechnicianState = z.infer<typeof technicianStateSchema>;
