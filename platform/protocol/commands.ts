import { z } from 'zod';
import { wireText, wireTime } from './wire-values.js';

/**
 * What an operator can ask of one terminal from the console. The terminal learns of a command in
 * its heartbeat reply, runs it at most once and acknowledges its outcome (POST /v1/command-acks).
 */
export const commandKinds = [
  'restart',
  'catalog.reload',
  'catalog.rollback',
  'maintenance.enter',
  'maintenance.leave',
  'diagnostics.upload',
  /** Refused while a citizen's session is open: a stranger's data never leaves the screen. */
  'screenshot',
] as const;
export const commandKindSchema = z.enum(commandKinds);
export type CommandKind = z.infer<typeof commandKindSchema>;

/** One command as the heartbeat reply carries it. */
export const remoteCommandSchema = z.object({ id: z.uuid(), kind: commandKindSchema, expiresAt: wireTime }).strict();
export type RemoteCommand = z.infer<typeof remoteCommandSchema>;

/** Recent log lines (personal data removed), device health, outbox summary: what a technician reads before driving out. */
export const diagnosticsReportSchema = z
  .object({
    logLines: z.array(wireText.max(2000)).max(500),
    health: z.record(wireText.max(40), z.object({ ok: z.boolean(), detail: wireText.max(500).optional() }).strict()),
    outbox: z.object({ depth: z.number().int().min(0), deadLetters: z.number().int().min(0), oldestWaitingAt: wireTime.nullable() }).strict(),
    lifecycle: wireText.max(80),
  })
  .strict();
export type DiagnosticsReport = z.infer<typeof diagnosticsReportSchema>;

/** A screenshot's PNG may be this large: a kiosk's screen compresses far below it, and one request carries it. */
export const maxScreenshotBytes = 4 * 1024 * 1024;
/** The PNG as base64: its bytes grow by a third. */
const maxScreenshotBase64 = Math.ceil(maxScreenshotBytes / 3) * 4;

/** What a screenshot command took: the kiosk page as the screen shows it. */
export const screenshotUploadSchema = z.object({ png: z.base64().max(maxScreenshotBase64) }).strict();
export type ScreenshotUpload = z.infer<typeof screenshotUploadSchema>;

export const commandOutcomes = ['done', 'failed', 'expired'] as const;

/** POST /v1/command-acks: what became of one command; `detail` says why in both languages when it failed. */
export const commandAckSchema = z
  .object({
    id: z.uuid(),
    outcome: z.enum(commandOutcomes),
    detail: wireText.max(500).optional(),
    diagnostics: diagnosticsReportSchema.optional(),
    screenshot: screenshotUploadSchema.optional(),
  })
  .strict();
export type CommandAck = z.infer<typeof commandAckSchema>;

/** POST /v1/admin/terminals/:id/commands */
export const sendCommandSchema = z.object({ kind: commandKindSchema, expiresInMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60) }).strict();
export type SendCommand = z.infer<typeof sendCommandSchema>;

/** pending: not acknowledged and not expired yet; expired: its time ran out before an acknowledgement. */
export const commandStates = ['pending', 'done', 'failed', 'expired'] as const;
export type CommandState = (typeof commandStates)[number];

export const commandSummarySchema = z.object({
  id: z.string(),
  kind: commandKindSchema,
  state: z.enum(commandStates),
  sentBy: z.string(),
  sentAt: wireTime,
  expiresAt: wireTime,
  /** When the terminal first received it in a heartbeat reply; null before. */
  deliveredAt: wireTime.nullable(),
  ackedAt: wireTime.nullable(),
  detail: z.string().nullable(),
  diagnostics: diagnosticsReportSchema.nullable(),
  /** The picture a screenshot command brought back (GET …/commands/:commandId/screenshot); null for others. */
  screenshot: z.object({ width: z.number().int(), height: z.number().int() }).nullable(),
});
export type CommandSummary = z.infer<typeof commandSummarySchema>;
export const commandListReplySchema = z.object({ commands: z.array(commandSummarySchema) });
export type CommandListReply = z.infer<typeof commandListReplySchema>;
