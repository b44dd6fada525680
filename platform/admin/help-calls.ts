import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { HttpError } from '../http/http-error.js';
import { helpCallSchema, type HelpCallListReply } from '../protocol/index.js';

/** A call older than this has been answered or given up on; staff look at what is still open. */
const defaultHours = 12;

const querySchema = z.object({ hours: z.coerce.number().int().min(1).max(24 * 31).default(defaultHours) });

interface CallRow {
  id: string;
  body: unknown;
  receivedAt: Date;
  terminalCode: string;
  terminalName: string;
  hallName: string;
}

async function recentCalls(db: Database, hours: number): Promise<HelpCallListReply> {
  const { rows } = await db.query<CallRow>(
    `SELECT e.id, e.body, e.received_at AS "receivedAt", t.code AS "terminalCode", t.name AS "terminalName", t.hall_name AS "hallName"
       FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id
      WHERE e.kind = 'help_call' AND e.occurred_at > now() - make_interval(hours => $1)
      ORDER BY e.occurred_at DESC
      LIMIT 500`,
    [hours],
  );
  return {
    calls: rows.map((row) => {
      const call = helpCallSchema.parse(row.body);
      const { terminalCode, terminalName, hallName } = row;
      return { id: call.id, at: call.at, reason: call.reason, receivedAt: new Date(row.receivedAt).toISOString(), terminalCode, terminalName, hallName };
    }),
  };
}

/** Where hall staff see which terminal called for help, so someone walks over. */
export function adminHelpCallRoutes(app: FastifyInstance, db: Database, adminToken: string): void {
  app.get('/v1/admin/help-calls', async (request) => {
    requireAdmin(request, adminToken);
    const query = querySchema.safeParse(request.query);
    if (!query.success) throw new HttpError(400, 'bad_query', 'hours: 1 to 744');
    return recentCalls(db, query.data.hours);
  });
}
