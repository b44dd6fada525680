import { z } from 'zod';
import { wireText } from './wire-values.js';

const isoTime = z.string().datetime({ offset: true });

/** GET /v1/admin/terminals: the fleet as the console lists it, with each terminal's last heartbeat. */
export const terminalSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  hallName: z.string(),
  regionCode: z.string(),
  enrolledAt: isoTime,
  revokedAt: isoTime.nullable(),
  lastHeartbeatAt: isoTime.nullable(),
  outboxDepth: z.number().int().nullable(),
  /** As the last heartbeat said them (app, catalog, ...); null before the first. */
  versions: z.record(z.string(), z.string()).nullable(),
  /** Per device as the last heartbeat said; null before the first. */
  health: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string().optional() })).nullable(),
  /** The remote-config version the last heartbeat said the terminal runs; null when it never said. */
  configVersion: z.number().int().nullable(),
  /** The version the platform sends it now (its regions' and its own settings); 0 when nothing is set. */
  currentConfigVersion: z.number().int(),
});
/**
 * The platform's time and the heartbeat interval come with the list, so the console tells online
 * from late and offline by the platform's clock, not by the clock of the office PC.
 */
export const terminalListReplySchema = z.object({
  terminals: z.array(terminalSummarySchema),
  platformTime: isoTime,
  heartbeatIntervalSeconds: z.number().int().positive(),
});
export type TerminalSummary = z.infer<typeof terminalSummarySchema>;
export type TerminalListReply = z.infer<typeof terminalListReplySchema>;

/** GET /v1/admin/help-calls: 呼叫帮办 of the last hours, newest first, for the hall staff. */
export const helpCallSummarySchema = z.object({
  id: z.string(),
  at: isoTime,
  receivedAt: isoTime,
  reason: z.enum(['citizen_request', 'device_fault', 'idle_timeout']),
  terminalCode: z.string(),
  terminalName: z.string(),
  hallName: z.string(),
  /** Null while nobody has gone over. */
  answered: z.object({ at: isoTime, by: z.string() }).nullable(),
  /** When the citizen withdrew the call (nobody need go); null while it stands. */
  cancelledAt: isoTime.nullable(),
});
/** Staff answer a call by name or badge number, so the hall sees who went. */
export const helpCallAnswerSchema = z.object({ by: wireText.trim().min(1).max(40) }).strict();
export const helpCallListReplySchema = z.object({ calls: z.array(helpCallSummarySchema) });
export type HelpCallSummary = z.infer<typeof helpCallSummarySchema>;
export type HelpCallListReply = z.infer<typeof helpCallListReplySchema>;

/** GET /v1/admin/terminals/{id}/history: what the terminal page shows beside the fleet list's row. */
export const terminalHistoryReplySchema = z.object({
  terminal: terminalSummarySchema,
  platformTime: isoTime,
  heartbeatIntervalSeconds: z.number().int().positive(),
  /** The last day's heartbeats, oldest first: skew in seconds (terminal minus platform), devices at fault. */
  heartbeats: z.array(z.object({ at: isoTime, outboxDepth: z.number().int(), skewSeconds: z.number(), faults: z.number().int() })),
  /** The last 100 device events, newest first. */
  deviceEvents: z.array(z.object({ id: z.string(), at: isoTime, device: z.string(), state: z.enum(['ok', 'warning', 'fault']), detail: z.string().optional() })),
  /** Cases accepted per day (Beijing time) over the last 30 days, days without cases left out. */
  casesPerDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
});
export type TerminalHistoryReply = z.infer<typeof terminalHistoryReplySchema>;
