import type { FastifyInstance, FastifyRequest } from 'fastify';
import { permit, type Actor, type AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { remoteSignalPostSchema, type RemoteCallJoinReply, type RemoteCallListReply } from '../protocol/index.js';
import { namedCall, pollCall } from './poll.js';
import { acceptsSignals } from './signals.js';
import { acceptCall, addSignal, callsFor, checkIdentity, endCall, type RemoteCallRow } from './store.js';
import { iceServersFor, type TurnConfig } from './turn.js';
import type { RemoteCallWake } from './wake.js';

/** A browser's fetch waits longer than a terminal's; fewer polls while nothing happens. */
const clerkWaitMs = 20_000;

/** The signed-in clerk (session cookie, and CSRF for a change), and the call if their region covers it. */
async function clerkAndCall(db: Database, gate: AdminGate, request: FastifyRequest): Promise<{ actor: Actor; call: RemoteCallRow }> {
  const actor = await gate.session(request);
  const call = await namedCall(db, request.params);
  permit(actor, 'remote_calls.take', call.regionCode);
  return { actor, call };
}

/** Only the clerk who took a call speaks in it. */
function ownedBy(actor: Actor, call: RemoteCallRow): RemoteCallRow {
  if (call.clerk === actor.account.name) return call;
  throw new HttpError(403, 'not_your_call', '这通呼叫由其他帮办员接听 / another clerk took this call');
}

/** The clerk's side of 远程帮办, in the fleet console: signed in by the session cookie only. */
export function clerkRemoteCallRoutes(app: FastifyInstance, db: Database, gate: AdminGate, wake: RemoteCallWake, turn: TurnConfig | undefined): void {
  app.get('/v1/console/remote-calls', async (request): Promise<RemoteCallListReply> => {
    const actor = await gate.session(request);
    permit(actor, 'remote_calls.take', actor.account.regionCode);
    return { calls: await callsFor(db, scopePrefix(actor.account), actor.account.name) };
  });

  app.post('/v1/console/remote-calls/:id/accept', async (request): Promise<RemoteCallJoinReply> => {
    const { actor, call } = await clerkAndCall(db, gate, request);
    await db.transaction(async (tx) => {
      if (!(await acceptCall(tx, call.id, actor.account.name))) {
        throw new HttpError(409, 'call_taken', call.state === 'ended' ? '市民已挂断 / the citizen has hung up' : '已有其他帮办员接听 / another clerk took this call');
      }
      await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'remote_call.accepted', target: call.id, regionCode: call.regionCode });
    });
    return { iceServers: iceServersFor(turn, call.id) };
  });

  app.get('/v1/console/remote-calls/:id/signals', async (request) => {
    const { actor, call } = await clerkAndCall(db, gate, request);
    return pollCall(db, wake, ownedBy(actor, call), 'clerk', request.query, clerkWaitMs);
  });

  app.post('/v1/console/remote-calls/:id/signals', async (request) => {
    const { actor, call } = await clerkAndCall(db, gate, request);
    acceptsSignals(ownedBy(actor, call));
    await addSignal(db, call.id, 'clerk', parseBody(remoteSignalPostSchema, request).signal);
    return { sent: true };
  });

  app.post('/v1/console/remote-calls/:id/identity-checked', async (request) => {
    const { actor, call } = await clerkAndCall(db, gate, request);
    acceptsSignals(ownedBy(actor, call));
    await db.transaction(async (tx) => {
      await checkIdentity(tx, call.id, actor.account.name);
      await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'remote_call.identity_checked', target: call.id, regionCode: call.regionCode });
    });
    return { checked: true };
  });

  app.post('/v1/console/remote-calls/:id/end', async (request) => {
    const { actor, call } = await clerkAndCall(db, gate, request);
    ownedBy(actor, call);
    await db.transaction(async (tx) => {
      await endCall(tx, call.id, 'clerk');
      await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'remote_call.ended', target: call.id, regionCode: call.regionCode });
    });
    return { ended: true };
  });
}
