import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { decimalParam, helpCallAnswerSchema, helpCallSchema, type HelpCallListReply, type HelpCallSummary } from '../protocol/index.js';

/** A call older than this has been answered or given up on; staff look at what is still open. */
const defaultHours = 12;

const querySchema = z.object({
  hours: decimalParam(1, 24 * 31).default(defaultHours),
  /** `open=true`: only the calls nobody has answered yet. */
  open: z.enum(['true', 'false']).default('false'),
});

const idSchema = z.object({ id: z.uuid() });

interface CallRow {
  id: string;
  body: unknown;
  receivedAt: Date;
  terminalCode: string;
  terminalName: string;
  hallName: string;
  answeredAt: Date | null;
  answeredBy: string | null;
}

function summaryOf(row: CallRow): HelpCallSummary {
  const call = helpCallSchema.parse(row.body);
  const { terminalCode, terminalName, hallName, answeredAt, answeredBy } = row;
  const answered = answeredAt && answeredBy !== null ? { at: new Date(answeredAt).toISOString(), by: answeredBy } : null;
  return { id: call.id, at: call.at, reason: call.reason, receivedAt: new Date(row.receivedAt).toISOString(), terminalCode, terminalName, hallName, answered };
}

async function recentCalls(db: Database, hours: number, onlyOpen: boolean): Promise<HelpCallListReply> {
  const { rows } = await db.query<CallRow>(
    `SELECT e.id, e.body, e.received_at AS "receivedAt", t.code AS "terminalCode", t.name AS "terminalName", t.hall_name AS "hallName",
            a.answered_at AS "answeredAt", a.answered_by AS "answeredBy"
       FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id
       LEFT JOIN help_call_answers a ON a.event_id = e.id
      WHERE e.kind = 'help_call' AND e.occurred_at > now() - make_interval(hours => $1) AND (NOT $2 OR a.event_id IS NULL)
      ORDER BY e.occurred_at DESC
      LIMIT 500`,
    [hours, onlyOpen],
  );
  return { calls: rows.map(summaryOf) };
}

/** Records who answered; a call answered before keeps its first answer, so two staff see who went. */
async function answerCall(db: Database, id: string, by: string): Promise<HelpCallSummary['answered']> {
  const { rows } = await db.query<{ id: string }>("SELECT id FROM terminal_events WHERE id = $1 AND kind = 'help_call'", [id]);
  if (rows.length === 0) throw new HttpError(404, 'no_such_call', `没有这个求助呼叫 / no help call ${id}`);
  await db.query('INSERT INTO help_call_answers (event_id, answered_by) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING', [id, by]);
  const answer = await db.query<{ at: Date; by: string }>('SELECT answered_at AS at, answered_by AS by FROM help_call_answers WHERE event_id = $1', [id]);
  const first = answer.rows[0];
  return first ? { at: new Date(first.at).toISOString(), by: first.by } : null;
}

/** Where hall staff see which terminal called for help, so someone walks over, and say they went. */
export function adminHelpCallRoutes(app: FastifyInstance, db: Database, adminToken: string): void {
  app.get('/v1/admin/help-calls', async (request) => {
    requireAdmin(request, adminToken);
    const query = parseInput(querySchema, request.query, 'bad_query', 'hours: 1 to 744; open: true or false');
    return recentCalls(db, query.hours, query.open === 'true');
  });

  app.post('/v1/admin/help-calls/:id/answer', async (request) => {
    requireAdmin(request, adminToken);
    const params = idSchema.safeParse(request.params);
    if (!params.success) throw new HttpError(404, 'no_such_call', '没有这个求助呼叫 / no such help call');
    const { by } = parseBody(helpCallAnswerSchema, request);
    return { answered: await answerCall(db, params.data.id, by) };
  });
}
