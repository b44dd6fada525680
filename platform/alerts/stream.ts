import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { permit, type AdminGate } from '../accounts/gate.js';
import { may } from '../accounts/may.js';
import { sessionAlive } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { alertStreamEvent, type Alert } from '../protocol/index.js';
import type { AlertPush } from './push.js';

/** A comment line now and then: proxies and the browser keep an idle stream open. */
const keepAliveSeconds = 25;
/** How long a session seen alive is taken as alive: a sweep's burst of alerts asks the database once, not once an alert. */
const sessionCheckMs = 20_000;

/**
 * GET /v1/console/alerts/stream: server-sent events for the open console, signed in by its session
 * cookie (EventSource sends no other header). Each console hears only its region and below, and
 * only while its session lasts: after a logout or expiry the stream ends, and EventSource's
 * reconnection is refused with 401.
 */
export function alertStreamRoutes(app: FastifyInstance, db: Database, gate: AdminGate, push: AlertPush): void {
  const open = new Set<ServerResponse>();
  // A stream never ends on its own: closing the platform ends them, or it would wait for them.
  app.addHook('preClose', (done) => {
    for (const response of open) response.end();
    done();
  });

  app.get('/v1/console/alerts/stream', async (request, reply) => {
    const actor = await gate.session(request);
    permit(actor, 'alerts.read', actor.account.regionCode);
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    response.write('retry: 5000\n\n');
    open.add(response);
    // Writes in order, each after the session is seen alive; the first refusal ends the stream.
    let sending = Promise.resolve();
    let aliveAt = Number.NEGATIVE_INFINITY;
    const alive = async () => {
      if (Date.now() - aliveAt < sessionCheckMs) return true;
      if (!(await sessionAlive(db, actor.session.idHash))) return false;
      aliveAt = Date.now();
      return true;
    };
    const send = (text: string) => {
      sending = sending.then(async () => {
        if (response.writableEnded) return;
        if (await alive()) response.write(text);
        else response.end();
      }).catch(() => {
        response.end();
      });
    };
    const unsubscribe = push.subscribe((alert: Alert) => {
      if (may(actor.account, 'alerts.read', alert.regionCode)) send(`event: ${alertStreamEvent}\ndata: ${JSON.stringify(alert)}\n\n`);
    });
    const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveSeconds * 1000);
    request.raw.once('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      open.delete(response);
    });
  });
}
