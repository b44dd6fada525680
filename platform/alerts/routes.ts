import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { permit, type Actor, type AdminGate } from '../accounts/gate.js';
import { may, scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { alertRulesChangeSchema, regionCodeSchema, type Alert, type AlertListReply, type AlertRulesReply } from '../protocol/index.js';
import { rulesFor, setRules } from './rules.js';
import { announce, selectAlerts } from './store.js';

const idSchema = z.object({ id: z.string().regex(/^[1-9]\d{0,17}$/) });
const rulesQuerySchema = z.object({ region: regionCodeSchema.optional() });

const noSuchAlert = (id: string) => new HttpError(404, 'no_such_alert', `没有这条告警 / no alert ${id} in your region`);

/** Acknowledged once: a second acknowledgement keeps the first, so the list says who took it on. */
async function acknowledge(db: Database, actor: Actor, id: string): Promise<Alert> {
  return db.transaction(async (tx) => {
    const [alert] = await selectAlerts(tx, 'a.id = $1', [id], 1);
    if (!alert || !may(actor.account, 'alerts.acknowledge', alert.regionCode)) throw noSuchAlert(id);
    if (alert.acknowledged) return alert;
    await tx.query('UPDATE alerts SET acknowledged_at = now(), acknowledged_by = $2 WHERE id = $1', [id, actor.account.name]);
    const detail = { kind: alert.kind, terminalCode: alert.terminalCode, subject: alert.subject };
    await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'alert.acknowledged', target: id, regionCode: alert.regionCode, detail });
    await announce(tx, [id]);
    const [acknowledged] = await selectAlerts(tx, 'a.id = $1', [id], 1);
    if (!acknowledged) throw noSuchAlert(id);
    return acknowledged;
  });
}

/** The alert list, acknowledging, and the rules per region. */
export function alertRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.get('/v1/admin/alerts', async (request): Promise<AlertListReply> => {
    const { account } = await gate.authorize(request, 'alerts.read');
    const where = `a.raised_at > now() - interval '7 days' AND rpad(t.region_code, 12, '0') LIKE $1 || '%'`;
    return { alerts: await selectAlerts(db, where, [scopePrefix(account)]) };
  });

  app.post('/v1/admin/alerts/:id/acknowledge', async (request) => {
    const actor = await gate.authorize(request, 'alerts.acknowledge');
    const params = idSchema.safeParse(request.params);
    if (!params.success) throw noSuchAlert(String((request.params as { id?: unknown }).id));
    return acknowledge(db, actor, params.data.id);
  });

  app.get('/v1/admin/alert-rules', async (request): Promise<AlertRulesReply> => {
    const actor = await gate.actor(request);
    const query = parseInput(rulesQuerySchema, request.query, 'bad_query', 'region: a region code of 6 or 12 digits');
    const regionCode = query.region ?? actor.account.regionCode;
    permit(actor, 'alerts.read', regionCode);
    return { regionCode, ...(await rulesFor(db, regionCode)) };
  });

  app.put('/v1/admin/alert-rules', async (request): Promise<AlertRulesReply> => {
    const actor = await gate.actor(request);
    const { regionCode, rules } = parseBody(alertRulesChangeSchema, request);
    permit(actor, 'alerts.configure', regionCode);
    await db.transaction(async (tx) => {
      await setRules(tx, regionCode, rules, actor.account.name);
      await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'alert_rules.changed', target: regionCode, regionCode, detail: rules });
    });
    return { regionCode, rules, from: regionCode };
  });
}
