import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { beijingDay } from '../db/beijing-day.js';
import type { Database } from '../db/database.js';
import type { FleetConfig } from '../fleet/heartbeats.js';
import { HttpError } from '../http/http-error.js';
import { deviceEventSchema, type TerminalHistoryReply } from '../protocol/index.js';
import { terminalSummaries } from './terminals.js';

const idSchema = z.object({ id: z.uuid() });

async function heartbeats(db: Database, id: string): Promise<TerminalHistoryReply['heartbeats']> {
  const { rows } = await db.query<{ at: Date; outboxDepth: number; skewSeconds: number; faults: number }>(
    `SELECT received_at AS at, outbox_depth AS "outboxDepth", skew_seconds AS "skewSeconds", faults
       FROM heartbeat_samples WHERE terminal_id = $1 AND received_at > now() - interval '1 day' ORDER BY received_at`,
    [id],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString(), skewSeconds: Number(r.skewSeconds) }));
}

async function deviceEvents(db: Database, id: string): Promise<TerminalHistoryReply['deviceEvents']> {
  const { rows } = await db.query<{ body: unknown }>(
    "SELECT body FROM terminal_events WHERE terminal_id = $1 AND kind = 'device_event' ORDER BY occurred_at DESC LIMIT 100",
    [id],
  );
  return rows.map((r) => deviceEventSchema.parse(r.body));
}

async function casesPerDay(db: Database, id: string): Promise<TerminalHistoryReply['casesPerDay']> {
  const day = beijingDay('accepted_at');
  const { rows } = await db.query<{ day: string; count: number }>(
    `SELECT ${day} AS day, count(*)::int AS count FROM cases
      WHERE terminal_id = $1 AND accepted_at > now() - interval '30 days' GROUP BY ${day} ORDER BY day`,
    [id],
  );
  return rows;
}

/** One terminal's page: its row of the fleet list with the last day of heartbeats, device events and cases per day. */
export function terminalHistoryRoutes(app: FastifyInstance, db: Database, gate: AdminGate, fleet: FleetConfig): void {
  app.get('/v1/admin/terminals/:id/history', async (request): Promise<TerminalHistoryReply> => {
    const { account } = await gate.authorize(request, 'terminals.read');
    const params = idSchema.safeParse(request.params);
    // Outside the account's region it is answered as a terminal that does not exist.
    const [terminal] = params.success ? await terminalSummaries(db, scopePrefix(account), params.data.id) : [];
    if (!terminal) throw new HttpError(404, 'terminal_not_found', '没有这台终端 / no such terminal in your region');
    const now = await db.query<{ now: Date }>('SELECT now() AS now');
    return {
      terminal,
      platformTime: new Date(now.rows[0]?.now ?? Date.now()).toISOString(),
      heartbeatIntervalSeconds: fleet.heartbeatIntervalSeconds,
      heartbeats: await heartbeats(db, terminal.id),
      deviceEvents: await deviceEvents(db, terminal.id),
      casesPerDay: await casesPerDay(db, terminal.id),
    };
  });
}
