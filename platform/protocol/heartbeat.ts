import { z } from 'zod';

const isoTime = z.string().datetime({ offset: true });

/** POST /v1/heartbeats: what a technician at the console needs to know without driving out. */
export const heartbeatSchema = z
  .object({
    sentAt: isoTime,
    versions: z.record(z.string().max(40), z.string().max(80)),
    /** Per device (idcard, printer, ...): ok or not, and what is wrong in a technician's words. */
    health: z.record(z.string().max(40), z.object({ ok: z.boolean(), detail: z.string().max(500).optional() }).strict()),
    outbox: z
      .object({
        depth: z.number().int().nonnegative(),
        oldestWaitingAt: isoTime.nullable(),
        lastSuccessAt: isoTime.nullable(),
        deadLetters: z.number().int().nonnegative(),
        /** Items still retried that the platform failed again and again; absent from older terminals. */
        stuck: z.number().int().nonnegative().optional(),
      })
      .strict(),
  })
  .strict();
export type Heartbeat = z.infer<typeof heartbeatSchema>;

export const terminalCommandSchema = z.object({ kind: z.enum(['resend_dead_letters', 'refresh_catalog']) });
export type TerminalCommand = z.infer<typeof terminalCommandSchema>;

/** The platform's time lets the terminal measure its clock's skew; config and commands come back. */
export const heartbeatReplySchema = z.object({
  platformTime: isoTime,
  config: z.object({ heartbeatIntervalSeconds: z.number().int().positive(), retentionDays: z.number().int().nonnegative() }),
  commands: z.array(terminalCommandSchema),
});
export type HeartbeatReply = z.infer<typeof heartbeatReplySchema>;
