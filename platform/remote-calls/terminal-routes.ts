import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { remoteCallAskSchema, type RemoteCallJoinReply, remoteSignalPostSchema } from '../protocol/index.js';
import { namedCall, pollCall } from './poll.js';
import { acceptsSignals } from './signals.js';
import { addSignal, askCall, endCall, type RemoteCallRow } from './store.js';
import { iceServersFor, type TurnConfig } from './turn.js';
import type { RemoteCallWake } from './wake.js';

/** Under the kiosk's own 10-second timeout for a platform request, with room for a slow line. */
const terminalWaitMs = 7_000;

const endSchema = z.object({ by: z.enum(['citizen', 'unanswered']) }).strict();

/** The call the path names, if it is this terminal's; another terminal's is as unknown as none. */
async function ownCall(db: Database, request: FastifyRequest): Promise<RemoteCallRow> {
  const terminal = await authenticateTerminal(db, request);
  const call = await namedCall(db, request.params);
  if (call.terminalId !== terminal.id) throw new HttpError(404, 'no_such_call', '没有这个远程帮办呼叫 / no such remote call');
  return call;
}

/** The kiosk's side of 远程帮办, every request signed by the terminal's key. */
export function terminalRemoteCallRoutes(app: FastifyInstance, db: Database, wake: RemoteCallWake, turn: TurnConfig | undefined): void {
  app.post('/v1/remote-calls', async (request): Promise<RemoteCallJoinReply> => {
    const terminal = await authenticateTerminal(db, request);
    const ask = parseBody(remoteCallAskSchema, request);
    await askCall(db, terminal, ask);
    const call = await namedCall(db, { id: ask.id });
    if (call.terminalId !== terminal.id) throw new HttpError(409, 'call_id_taken', '呼叫编号已被占用 / this call id belongs to another terminal');
    return { iceServers: iceServersFor(turn, call.id) };
  });

  app.get('/v1/remote-calls/:id/signals', async (request) => pollCall(db, wake, await ownCall(db, request), 'terminal', request.query, terminalWaitMs));

  app.post('/v1/remote-calls/:id/signals', async (request) => {
    const call = acceptsSignals(await ownCall(db, request));
    await addSignal(db, call.id, 'terminal', parseBody(remoteSignalPostSchema, request).signal);
    return { sent: true };
  });

  app.post('/v1/remote-calls/:id/end', async (request) => {
    const call = await ownCall(db, request);
    await endCall(db, call.id, parseBody(endSchema, request).by);
    return { ended: true };
  });
}
