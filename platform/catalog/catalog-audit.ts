import type { Actor } from '../accounts/gate.js';
import { audit } from '../audit/audit.js';
import type { Queryable } from '../db/database.js';
import type { Rollout } from '../protocol/catalog-rollout.js';
import type { AuditAction } from '../protocol/index.js';

/** One audit entry for what an admin did to a catalog version: the version, where its rollout stands, and `more` facts. */
export function auditCatalog(db: Queryable, { account, sourceIp }: Actor, action: AuditAction, rollout: Rollout, more: Record<string, unknown> = {}): Promise<void> {
  return audit(db, {
    actor: { name: account.name, role: account.role },
    sourceIp,
    action,
    target: String(rollout.version),
    regionCode: account.regionCode,
    detail: { stage: rollout.stage, state: rollout.state, terminals: rollout.terminals.length, regionCode: rollout.regionCode, rollbackOf: rollout.rollbackOf, ...more },
  });
}
