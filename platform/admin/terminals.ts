import type { FastifyInstance } from 'fastify';
import type { Actor, AdminGate } from '../accounts/gate.js';
import { may, scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database, Queryable } from '../db/database.js';
import type { FleetConfig } from '../fleet/heartbeats.js';
import { HttpError } from '../http/http-error.js';
import type { TerminalListReply, TerminalSummary } from '../protocol/index.js';

interface SummaryRow extends Omit<TerminalSummary, 'enrolledAt' | 'revokedAt' | 'lastHeartbeatAt'> {
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
            s.received_at AS "lastHeartbeatAt", s.outbox_depth AS "outboxDepth", s.versions, s.health
       FROM terminals t LEFT JOIN terminal_status s ON s.terminal_id = t.id
      WHERE rpad(t.region_code, 12, '0') LIKE $1 || '%' AND ($2::uuid IS NULL OR t.id = $2)
      ORDER BY t.code`,
    [prefix, id ?? null],
  );
  return rows.map((r) => ({
    ...r,
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

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Revocation is read on every terminal request, so it takes effect with the next one. A terminal
 * outside the actor's region is answered as one that does not exist: its id tells them nothing.
 */
async function revoke(db: Database, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = uuid.test(id)
      ? await tx.query<{ code: string; regionCode: string }>('SELECT code, region_code AS "regionCode" FROM terminals WHERE id = $1 FOR UPDATE', [id])
      : { rows: [] };
    const terminal = rows[0];
    if (!terminal || !may(actor.account, 'terminals.revoke', terminal.regionCode)) throw new HttpError(404, 'terminal_not_found', `没有这台终端 / no terminal with id ${id} in your region`);
    await tx.query('UPDATE terminals SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1', [id]);
    const { account, sourceIp } = actor;
    await audit(tx, { actor: account, sourceIp, action: 'terminal.revoked', target: id, regionCode: terminal.regionCode, detail: { code: terminal.code } });
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
