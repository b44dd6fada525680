import type { FastifyInstance } from 'fastify';
import type { Actor, AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database, Queryable } from '../db/database.js';
import type { FleetConfig } from '../fleet/heartbeats.js';
import { currentVersions } from '../remote-config/store.js';
import { terminalInScope } from './terminal-in-scope.js';
import type { TerminalListReply, TerminalSummary } from '../protocol/index.js';

interface SummaryRow extends Omit<TerminalSummary, 'enrolledAt' | 'revokedAt' | 'lastHeartbeatAt' | 'configVersion' | 'currentConfigVersion'> {
  configVersion: string | null;
  enrolledAt: Date;
  revokedAt: Date | null;
  lastHeartbeatAt: Date | null;
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

/** The terminals within the region `prefix` names (accounts/may.ts), or the one with `id` among them. */
export async function terminalSummaries(db: Queryable, prefix: string, id?: string): Promise<TerminalSummary[]> {
  const { rows } = await db.query<SummaryRow>(
    `SELECT t.id, t.code, t.name, t.hall_name AS "hallName", t.region_code AS "regionCode",
            t.enrolled_at AS "enrolledAt", t.revoked_at AS "revokedAt",
            s.received_at AS "lastHeartbeatAt", s.outbox_depth AS "outboxDepth", s.versions, s.health,
            s.config_version AS "configVersion"
       FROM terminals t LEFT JOIN terminal_status s ON s.terminal_id = t.id
      WHERE rpad(t.region_code, 12, '0') LIKE $1 || '%' AND ($2::uuid IS NULL OR t.id = $2)
      ORDER BY t.code`,
    [prefix, id ?? null],
  );
  const current = await currentVersions(db, rows);
  return rows.map((r) => ({
    ...r,
    configVersion: r.configVersion === null ? null : Number(r.configVersion),
    currentConfigVersion: current.get(r.id) ?? 0,
    enrolledAt: iso(r.enrolledAt) ?? '',
    revokedAt: iso(r.revokedAt),
    lastHeartbeatAt: iso(r.lastHeartbeatAt),
    outboxDepth: r.outboxDepth ?? null,
    versions: r.versions ?? null,
    health: r.health ?? null,
  }));
}

async function listTerminals(db: Database, prefix: string, fleet: FleetConfig): Promise<TerminalListReply> {
  const terminals = await terminalSummaries(db, prefix);
  const now = await db.query<{ now: Date }>('SELECT now() AS now');
  return { terminals, platformTime: iso(now.rows[0]?.now ?? new Date()) ?? '', heartbeatIntervalSeconds: fleet.heartbeatIntervalSeconds };
}

/**
 * Revocation is read on every terminal request, so it takes effect with the next one; `key` is the
 * terminal's id or its code.
 */
async function revoke(db: Database, actor: Actor, key: string): Promise<void> {
  await db.transaction(async (tx) => {
    const terminal = await terminalInScope(tx, actor, 'terminals.revoke', key);
    await tx.query('UPDATE terminals SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1', [terminal.id]);
    const { account, sourceIp } = actor;
    await audit(tx, { actor: account, sourceIp, action: 'terminal.revoked', target: terminal.id, regionCode: terminal.regionCode, detail: { code: terminal.code } });
  });
}

export function adminTerminalRoutes(app: FastifyInstance, db: Database, gate: AdminGate, fleet: FleetConfig): void {
  app.get('/v1/admin/terminals', async (request) => {
    const { account } = await gate.authorize(request, 'terminals.read');
    return listTerminals(db, scopePrefix(account), fleet);
  });
  app.post<{ Params: { id: string } }>('/v1/admin/terminals/:id/revoke', async (request, reply) => {
    await revoke(db, await gate.authorize(request, 'terminals.revoke'), request.params.id);
    return reply.code(204).send();
  });
}
