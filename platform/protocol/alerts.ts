import { z } from 'zod';
import { regionCodeSchema } from './enroll.js';

const isoTime = z.string().datetime({ offset: true });

/**
 * What the platform watches for: a terminal silent too long, a printer low on or out of paper,
 * a device fault, an outbox that does not drain, a catalog bundle the terminal refused, a clock
 * that drifted.
 */
export const alertKinds = ['offline', 'paper_low', 'paper_out', 'device_fault', 'outbox_stuck', 'catalog_refused', 'clock_skew'] as const;
export const alertKindSchema = z.enum(alertKinds);
export type AlertKind = z.infer<typeof alertKindSchema>;

/** Each rule on or off; the thresholds in minutes or seconds. */
export const alertRulesSchema = z
  .object({
    offline: z.object({ on: z.boolean(), minutes: z.number().int().min(2).max(7 * 24 * 60) }).strict(),
    paper: z.object({ on: z.boolean() }).strict(),
    deviceFault: z.object({ on: z.boolean() }).strict(),
    /** Stuck: items retried without success, or the oldest waiting longer than this. */
    outboxStuck: z.object({ on: z.boolean(), minutes: z.number().int().min(5).max(7 * 24 * 60) }).strict(),
    catalogRefused: z.object({ on: z.boolean() }).strict(),
    clockSkew: z.object({ on: z.boolean(), seconds: z.number().int().min(5).max(24 * 3600) }).strict(),
  })
  .strict();
export type AlertRules = z.infer<typeof alertRulesSchema>;

/** GET /v1/console/alert-rules?region=CODE: the rules in force there and the region they come from (null: defaults). */
export const alertRulesReplySchema = z.object({ regionCode: regionCodeSchema, rules: alertRulesSchema, from: regionCodeSchema.nullable() });
export type AlertRulesReply = z.infer<typeof alertRulesReplySchema>;

/** PUT /v1/console/alert-rules: an admin sets the rules of their region or one below it. */
export const alertRulesChangeSchema = z.object({ regionCode: regionCodeSchema, rules: alertRulesSchema }).strict();

export const alertSchema = z.object({
  id: z.number().int(),
  kind: alertKindSchema,
  /** The device for device alerts, '' for the terminal as a whole. */
  subject: z.string(),
  detail: z.string(),
  terminalId: z.string(),
  terminalCode: z.string(),
  terminalName: z.string(),
  hallName: z.string(),
  regionCode: regionCodeSchema,
  raisedAt: isoTime,
  /** When the condition was seen gone; null while it lasts. */
  clearedAt: isoTime.nullable(),
  acknowledged: z.object({ at: isoTime, by: z.string() }).nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

/** GET /v1/console/alerts: of the last week, newest first. */
export const alertListReplySchema = z.object({ alerts: z.array(alertSchema) });
export type AlertListReply = z.infer<typeof alertListReplySchema>;

/**
 * GET /v1/console/alerts/stream: server-sent events named `alert`, each an Alert as JSON, for a
 * new alert and for one acknowledged or cleared; only those of the session's region and below.
 */
export const alertStreamEvent = 'alert';
