import { z } from 'zod';
import { catalogReportSchema } from './catalog.js';
import { remoteCommandSchema } from './commands.js';
import { remoteConfigSchema } from './remote-config.js';
import { wireCount, wireText, wireTime } from './wire-values.js';

const isoTime = z.string().datetime({ offset: true });

/** POST /v1/heartbeats: what a technician at the console needs to know without driving out. */
export const heartbeatSchema = z
  .object({
    sentAt: wireTime,
    versions: z.record(wireText.max(40), wireText.max(80)),
    /** Per device (idcard, printer, ...): ok or not, and what is wrong in a technician's words. */
    health: z.record(wireText.max(40), z.object({ ok: z.boolean(), detail: wireText.max(500).optional() }).strict()),
    outbox: z
      .object({
        depth: wireCount,
        oldestWaitingAt: wireTime.nullable(),
        lastSuccessAt: wireTime.nullable(),
        deadLetters: wireCount,
        /** Items still retried that the platform failed again and again; absent from older terminals. */
        stuck: wireCount.optional(),
      })
      .strict(),
    /** The catalog it runs and the last bundle it refused, for the rollout's adoption; absent from older terminals. */
    catalog: catalogReportSchema.optional(),
    /**
     * The terminal's lifecycle state and, out of service, why (noTrustedCatalog,
     * requiredDeviceMissing, ...): what the console shows beside its health. Absent from older terminals.
     */
    lifecycle: z
      .object({ state: z.enum(['demo', 'unenrolled', 'inService', 'maintenance', 'outOfHours', 'outOfService']), reason: wireText.max(40).optional() })
      .strict()
      .optional(),
    /** The version of the remote config it runs (0: none received yet); absent from older terminals. */
    configVersion: z.number().int().min(0).optional(),
  })
  .strict();
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** Kept for terminals older than remote commands: always empty; commands travel in `remoteCommands`. */
export const terminalCommandSchema = z.object({ kind: z.enum(['resend_dead_letters', 'refresh_catalog']) });
export type TerminalCommand = z.infer<typeof terminalCommandSchema>;

/** The platform's time lets the terminal measure its clock's skew; config and commands come back. */
export const heartbeatReplySchema = z.object({
  platformTime: isoTime,
  config: z.object({ heartbeatIntervalSeconds: z.number().int().positive(), retentionDays: z.number().int().nonnegative() }),
  commands: z.array(terminalCommandSchema),
  /**
   * The catalog version meant for this terminal now (0: none): above the one it runs, it fetches
   * at once. Absent from older platforms; older terminals drop it unread.
   */
  catalogVersion: z.number().int().nonnegative().optional(),
  /** Commands waiting for this terminal, each run at most once and acknowledged. Absent from older platforms. */
  remoteCommands: z.array(remoteCommandSchema).optional(),
  /** The settings in force for this terminal (region, then terminal overrides) and their version. */
  remoteConfig: remoteConfigSchema.optional(),
  /** A help call of this terminal that staff answered lately: the screen tells the citizen someone is coming. */
  helpComing: z.object({ callId: z.uuid(), by: wireText.max(40), at: isoTime }).strict().optional(),
  /**
   * 热门事项: the item codes applied for most in the terminal's region over the last 30 days, most
   * first (empty: none yet, the kiosk counts its own). Absent from older platforms.
   */
  popularItems: z.array(wireText.max(64)).max(12).optional(),
});
export type HeartbeatReply = z.infer<typeof heartbeatReplySchema>;
