import { z } from 'zod';
import { regionCodeSchema } from './enroll.js';
import { decimalParam, wireText, wireTime } from './wire-values.js';

/**
 * The fleet console's accounts, sessions and audit log (/v1/console/...). The console page and
 * the platform both parse with these.
 */

/** admin: everything in their region and below; operator: fleet, help calls, commands; auditor: reads; clerk: 远程帮办 calls only. */
export const roles = ['admin', 'operator', 'auditor', 'clerk'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Letters (Chinese too), digits, dot, dash and underscore: what a staff number or login name is. */
export const accountNameSchema = wireText.regex(/^[\p{L}\p{N}._-]{1,40}$/u, '1 到 40 个字母、数字或 . _ - / 1 to 40 letters, digits or . _ -');

/** Who is acting: a console account, or "token" for the bearer admin token scripts use. */
export const accountSchema = z.object({ name: z.string(), role: roleSchema, regionCode: regionCodeSchema });
export type Account = z.infer<typeof accountSchema>;

/** POST /v1/console/login */
export const loginRequestSchema = z.object({ name: accountNameSchema, password: wireText.min(1).max(200) }).strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * The reply to a login and to GET /v1/console/me. The session itself travels in the HttpOnly
 * cookie `tongban_session`; the page sends csrfToken back as the `x-csrf-token` header on every
 * POST, PUT and DELETE.
 */
export const sessionReplySchema = z.object({ account: accountSchema, csrfToken: z.string() });
export type SessionReply = z.infer<typeof sessionReplySchema>;

export const sessionCookie = 'tongban_session';
export const csrfHeader = 'x-csrf-token';

/**
 * What the audit log records. Other parts of the platform add theirs here (catalog publish and
 * rollback, commands, configuration) so the console's filter knows every one.
 */
export const auditActions = [
  'login.ok',
  'login.failed',
  'login.locked',
  'logout',
  'account.added',
  'token.made',
  'token.revoked',
  'terminal.revoked',
  'help_call.answered',
  'catalog.published',
  'catalog.staged',
  'catalog.paused',
  'catalog.continued',
  'catalog.rolled_back',
  'config.changed',
  'command.sent',
  'alert.acknowledged',
  'alert_rules.changed',
  'hall.changed',
  'remote_call.accepted',
  'remote_call.ended',
  'remote_call.identity_checked',
  'case.remote_identity',
  'callback.taken',
  'callback.called_back',
  'payment.refunded',
  'case.not_proceeding',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** `local`: someone with a shell on the platform's host (the `tongban platform admin` command). */
export const auditRoleSchema = z.enum([...roles, 'local']);

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** Null for a login under a name no account has. */
  role: auditRoleSchema.nullable(),
  /** Null for what was done on the platform's host, not over HTTP. */
  sourceIp: z.string().nullable(),
  action: auditActionSchema,
  /** What was acted on: an account name, a terminal id, a help call id, a catalog version. */
  target: z.string().nullable(),
  /** The region the action concerns: who may read the entry is decided by it. */
  regionCode: regionCodeSchema,
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSize = { default: 100, max: 1000, csv: 100_000 } as const;

/**
 * GET /v1/console/audit: every filter optional; `from` and `to` include their ends; `before` pages
 * back by id (entries with a smaller id).
 */
export const auditQuerySchema = z
  .object({
    from: wireTime.optional(),
    to: wireTime.optional(),
    actor: accountNameSchema.optional(),
    action: auditActionSchema.optional(),
    limit: decimalParam(1, auditPageSize.max).default(auditPageSize.default),
    before: decimalParam(1, Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The CSV export takes the same filter; without a limit it holds up to 100,000 entries. */
export const auditCsvQuerySchema = auditQuerySchema.extend({ limit: decimalParam(1, auditPageSize.csv).default(auditPageSize.csv) });

/** Newest first; `nextBefore` is the `before` that fetches the page after this one, null at the end. */
export const auditReplySchema = z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() });
export type AuditReply = z.infer<typeof auditReplySchema>;
