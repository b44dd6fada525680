import { z } from 'zod';

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
});
export const terminalListReplySchema = z.object({ terminals: z.array(terminalSummarySchema) });
export type TerminalSummary = z.infer<typeof terminalSummarySchema>;
export type TerminalListReply = z.infer<typeof terminalListReplySchema>;
