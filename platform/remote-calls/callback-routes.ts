import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { permit, type Actor, type AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { CallbackListReply } from '../protocol/index.js';
import { callbackById, callbacksFor, markCalledBack, takeCallback, type CallbackRow } from './callback-store.js';

const idSchema = z.object({ id: z.uuid() });

/** The signed-in clerk, and the request the path names if their region covers it. */
async function clerkAndCallback(db: Database, gate: AdminGate, request: FastifyRequest): Promise<{ actor: Actor; callback: CallbackRow }> {
  const actor = await gate.session(request);
  const parsed = idSchema.safeParse(request.params);
  const callback = parsed.success ? await callbackById(db, parsed.data.id) : undefined;
  if (!callback) throw new HttpError(404, 'no_such_callback', '没有这条回电请求 / no such callback request');
  permit(actor, 'remote_calls.take', callback.regionCode);
  return { actor, callback };
}

const takenByOther = () => new HttpError(409, 'callback_taken', '这条回电已由其他帮办员接手 / another clerk took this callback');

/**
 * 待回电 in the console: clerks of the region list the requests (numbers masked), one takes a
 * request and sees its number, calls, and marks it 已回电. The number never enters the audit log.
 */
export function callbackRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.get('/v1/console/callbacks', async (request): Promise<CallbackListReply> => {
    const actor = await gate.session(request);
    permit(actor, 'remote_calls.take', actor.account.regionCode);
    return { callbacks: await callbacksFor(db, scopePrefix(actor.account), actor.account.name) };
  });

  app.post('/v1/console/callbacks/:id/take', async (request) => {
    const { actor, callback } = await clerkAndCallback(db, gate, request);
    await db.transaction(async (tx) => {
      if (!(await takeCallback(tx, callback.id, actor.account.name))) throw takenByOther();
      if (callback.takenBy === null) {
        await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'callback.taken', target: callback.id, regionCode: callback.regionCode });
      }
    });
    return { taken: true };
  });

  app.post('/v1/console/callbacks/:id/called-back', async (request) => {
    const { actor, callback } = await clerkAndCallback(db, gate, request);
    if (callback.takenBy === null) throw new HttpError(409, 'callback_not_taken', '请先接手这条回电 / take the callback first');
    await db.transaction(async (tx) => {
      if (!(await markCalledBack(tx, callback.id, actor.account.name))) throw takenByOther();
      if (!callback.calledBack) {
        await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'callback.called_back', target: callback.id, regionCode: callback.regionCode });
      }
    });
    return { calledBack: true };
  });
}
