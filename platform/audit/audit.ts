import type { Queryable } from '../db/database.js';
import type { AuditAction, Role } from '../protocol/index.js';

export interface AuditRecord {
  /** Who acted: an account, "token" for the bearer token, the shell user for a local command. */
  actor: { name: string; role: Role | 'local' | null };
  /** The request's address; null for a command run on the platform's host. */
  sourceIp: string | null;
  action: AuditAction;
  /** What was acted on (an account name, terminal id, help call id, catalog version). */
  target?: string;
  /** The region the action concerns: admins and auditors of it and of the regions above read the entry. */
  regionCode: string;
  /** Facts that say what was done, never personal data of citizens nor a secret. */
  detail?: Record<string, unknown>;
}

/**
 * Appends one entry to the audit log. Call it with the transaction that does the action, so the
 * action and its record stand or fall together; the table refuses any later change.
 */
export async function audit(db: Queryable, record: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor, role, source_ip, action, target, region_code, detail)
     VALUES ($1, $2, $3::inet, $4, $5, $6, $7::jsonb)`,
    [record.actor.name, record.actor.role, record.sourceIp, record.action, record.target ?? null, record.regionCode, JSON.stringify(record.detail ?? {})],
  );
}
