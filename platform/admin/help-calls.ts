import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor, AdminGate } from '../accounts/gate.js';
import { may, scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { decimalParam, helpCallAnswerSchema, helpCallSchema, type HelpCallListReply, type HelpCallSummary } from '../protocol/index.js';

/** A call older than this has been answered or given up on; staff look at what is still open. */
const defaultHours = 12;

const querySchema = z.object({
  hours: decimalParam(1, 24 * 31).default(defaultHours),
  /** `open=true`: only the calls nobody has answered yet and the citizen has not withdrawn. */
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
  cancelledAt: Date | null;
}

function summaryOf(row: CallRow): HelpCallSummary {
  const call = helpCallSchema.parse(row.body);
  const { terminalCode, terminalName, hallName, answeredAt, answeredBy } = row;
  const answered = answeredAt && answeredBy !== null ? { at: new Date(answeredAt).toISOString(), by: answeredBy } : null;
  const cancelledAt = row.cancelledAt ? new Date(row.cancelledAt).toISOString() : null;
  return { id: call.id, at: call.at, reason: call.reason, receivedAt: new Date(row.receivedAt).toISOString(), terminalCode, terminalName, hallName, answered, cancelledAt };
}

/** The calls from terminals within the region `prefix` names (accounts/may.ts). */
async function recentCalls(db: Database, hours: number, onlyOpen: boolean, prefix: string): Promise<HelpCallListReply> {
  const { rows } = await db.query<CallRow>(
    `SELECT e.id, e.body, e.received_at AS "receivedAt", t.code AS "terminalCode", t.name AS "terminalName", t.hall_name AS "hallName",
            a.answered_at AS "answeredAt", a.answered_by AS "answeredBy", c.cancelled_at AS "cancelledAt"
       FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id
       LEFT JOIN help_call_answers a ON a.event_id = e.id
       LEFT JOIN help_call_cancels c ON c.terminal_id = e.terminal_id AND c.call_id = e.id
      WHERE e.kind = 'help_call' AND e.occurred_at > now() - make_interval(hours => $1) AND (NOT $2 OR (a.event_id IS NULL AND c.call_id IS NULL))
        AND rpad(t.region_code, 12, '0') LIKE $3 || '%'
      ORDER BY e.occurred_at DESC
      LIMIT 500`,
    [hours, onlyOpen, prefix],
  );
  return { calls: rows.map(summaryOf) };
}

/**
 * Records who answered; a call answered before keeps its first answer, so two staff see who went.
 * A call from outside the actor's region is answered as one that does not exist; a call the
 * citizen withdrew is refused, so nobody walks to an empty terminal.
 */
async function answerCall(db: Database, actor: Actor, id: string, by: string): Promise<HelpCallSummary['answered']> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ regionCode: string; cancelled: boolean }>(
      `SELECT t.region_code AS "regionCode", c.call_id IS NOT NULL AS cancelled
         FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id
         LEFT JOIN help_call_cancels c ON c.terminal_id = e.terminal_id AND c.call_id = e.id
        WHERE e.id = $1 AND e.kind = 'help_call'`,
      [id],
    );
    const call = rows[0];
    if (!call || !may(actor.account, 'help_calls.answer', call.regionCode)) throw new HttpError(404, 'no_such_call', `没有这个求助呼叫 / no help call ${id} in your region`);
    if (call.cancelled) throw new HttpError(409, 'call_cancelled', '市民已取消这次呼叫，无需前往 / the citizen withdrew this call; nobody need go');
    await tx.query('INSERT INTO help_call_answers (event_id, answered_by) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING', [id, by]);
    await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'help_call.answered', target: id, regionCode: call.regionCode, detail: { by } });
    const answer = await tx.query<{ at: Date; by: string }>('SELECT answered_at AS at, answered_by AS by FROM help_call_answers WHERE event_id = $1', [id]);
    const first = answer.rows[0];
    return first ? { at: new Date(first.at).toISOString(), by: first.by } : null;
  });
}

/** Where hall staff see which terminal called for help, so someone walks over, and say they went. */
export function adminHelpCallRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.get('/v1/admin/help-calls', async (request) => {
    const { account } = await gate.authorize(request, 'help_calls.read');
    const query = parseInput(querySchema, request.query, 'bad_query', 'hours: 1 to 744; open: true or false');
    return recentCalls(db, query.hours, query.open === 'true', scopePrefix(account));
  });

  app.post('/v1/admin/help-calls/:id/answer', async (request) => {
    const actor = await gate.authorize(request, 'help_calls.answer');
    const params = idSchema.safeParse(request.params);
    if (!params.success) throw new HttpError(404, 'no_such_call', '没有这个求助呼叫 / no such help call');
    const { by } = parseBody(helpCallAnswerSchema, request);
    return { answered: await answerCall(db, actor, params.data.id, by) };
  });
}
