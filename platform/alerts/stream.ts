import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { permit, type AdminGate } from '../accounts/gate.js';
import { may } from '../accounts/may.js';
import { alertStreamEvent } from '../protocol/index.js';
import type { AlertPush } from './push.js';

/** A comment line now and then: proxies and the browser keep an idle stream open. */
const keepAliveSeconds = 25;

/**
 * GET /v1/console/alerts/stream: server-sent events for the open console, signed in by its session
 * cookie (EventSource sends no other header). Each console hears only its region and below.
 */
export function alertStreamRoutes(app: FastifyInstance, gate: AdminGate, push: AlertPush): void {
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
    const unsubscribe = push.subscribe((alert) => {
      if (may(actor.account, 'alerts.read', alert.regionCode)) response.write(`event: ${alertStreamEvent}\ndata: ${JSON.stringify(alert)}\n\n`);
    });
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), keepAliveSeconds * 1000);
    request.raw.once('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      open.delete(response);
    });
  });
}
