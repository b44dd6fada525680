import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import type { FleetConfig } from '../fleet/heartbeats.js';
import { requireAdmin } from '../http/admin-auth.js';
import { HttpError } from '../http/http-error.js';
import type { TerminalListReply, TerminalSummary } from '../protocol/index.js';

interface SummaryRow extends Omit<TerminalSummary, 'enrolledAt' | 'revokedAt' | 'lastHeartbeatAt'> {
  enrolledAt: Date;
  revokedAt: Date | null;
  lastHeartbeatAt: Date | null;
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

async function listTerminals(db: Database, fleet: FleetConfig): Promise<TerminalListReply> {
  const { rows } = await db.query<SummaryRow>(
    `SELECT t.id, t.code, t.name, t.hall_name AS "hallName", t.region_code AS "regionCode",
            t.enrolled_at AS "enrolledAt", t.revoked_at AS "revokedAt",
            s.received_at AS "lastHeartbeatAt", s.outbox_depth AS "outboxDepth", s.versions, s.health
       FROM terminals t LEFT JOIN terminal_status s ON s.terminal_id = t.id
      ORDER BY t.code`,
  );
  const now = await db.query<{ now: Date }>('SELECT now() AS now');
  return {
    terminals: rows.map((r) => ({
      ...r,
      enrolledAt: iso(r.enrolledAt) ?? '',
      revokedAt: iso(r.revokedAt),
      lastHeartbeatAt: iso(r.lastHeartbeatAt),
      outboxDepth: r.outboxDepth ?? null,
      versions: r.versions ?? null,
      health: r.health ?? null,
    })),
    platformTime: iso(now.rows[0]?.now ?? new Date()) ?? '',
    heartbeatIntervalSeconds: fleet.heartbeatIntervalSeconds,
  };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Revocation is read on every terminal request, so it takes effect with the next one. */
async function revoke(db: Database, id: string): Promise<void> {
  const { rows } = uuid.test(id)
    ? await db.query<{ id: string }>('UPDATE terminals SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id', [id])
    : { rows: [] };
  if (rows.length === 0) throw new HttpError(404, 'terminal_not_found', `no terminal with id ${id}`);
}

export function adminTerminalRoutes(app: FastifyInstance, db: Database, adminToken: string, fleet: FleetConfig): void {
  app.get('/v1/admin/terminals', async (request) => {
    requireAdmin(request, adminToken);
    return listTerminals(db, fleet);
  });
  app.post<{ Params: { id: string } }>('/v1/admin/terminals/:id/revoke', async (request, reply) => {
    requireAdmin(request, adminToken);
    await revoke(db, request.params.id);
    return reply.code(204).send();
  });
}
