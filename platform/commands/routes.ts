import type { FastifyInstance } from 'fastify';
import type { AdminGate } from '../accounts/gate.js';
import { terminalInScope } from '../admin/terminal-in-scope.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { commandAckSchema, sendCommandSchema } from '../protocol/index.js';
import { acknowledge, listCommands, queueCommand } from './store.js';

/**
 * Operators send commands to one terminal (by id or code) and read what became of them; the
 * terminal acknowledges each with a signed request, like every other terminal request.
 */
export function commandRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.post<{ Params: { id: string } }>('/v1/admin/terminals/:id/commands', async (request, reply) => {
    const actor = await gate.authorize(request, 'commands.send');
    const body = parseBody(sendCommandSchema, request);
    const id = await db.transaction(async (tx) => {
      const terminal = await terminalInScope(tx, actor, 'commands.send', request.params.id);
      const queued = await queueCommand(tx, terminal.id, body.kind, actor.account.name, body.expiresInMinutes);
      const detail = { kind: body.kind, code: terminal.code, expiresInMinutes: body.expiresInMinutes };
      await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'command.sent', target: queued, regionCode: terminal.regionCode, detail });
      return queued;
    });
    return reply.code(201).send({ id });
  });

  app.get<{ Params: { id: string } }>('/v1/admin/terminals/:id/commands', async (request) => {
    const terminal = await terminalInScope(db, await gate.authorize(request, 'terminals.read'), 'terminals.read', request.params.id);
    return listCommands(db, terminal.id);
  });

  app.post('/v1/command-acks', async (request, reply) => {
    const terminal = await authenticateTerminal(db, request);
    const ack = parseBody(commandAckSchema, request);
    if (!(await acknowledge(db, terminal.id, ack))) throw new HttpError(404, 'no_such_command', `本终端没有这条指令 / this terminal has no command ${ack.id}`);
    return reply.code(204).send();
  });
}
