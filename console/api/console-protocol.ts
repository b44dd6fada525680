// TEMPORARY until h-accounts is merged: the shapes of platform/protocol/console.ts.
import { z } from 'zod';

export const roles = ['admin', 'operator', 'auditor'] as const;
export type Role = (typeof roles)[number];
export const accountSchema = z.object({ name: z.string(), role: z.enum(roles), regionCode: z.string() });
export type Account = z.infer<typeof accountSchema>;
export interface LoginRequest {
  name: string;
  password: string;
}
export const sessionReplySchema = z.object({ account: accountSchema, csrfToken: z.string() });
export type SessionReply = z.infer<typeof sessionReplySchema>;
export const auditActions = ['login.ok', 'login.failed', 'login.locked', 'logout', 'account.added', 'token.made', 'terminal.revoked', 'help_call.answered'] as const;
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  role: z.string().nullable(),
  sourceIp: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  regionCode: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditReplySchema = z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() });
