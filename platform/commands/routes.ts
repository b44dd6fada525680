import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AdminGate } from '../accounts/gate.js';
import { terminalInScope } from '../admin/terminal-in-scope.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { commandAckSchema, maxScreenshotBytes, sendCommandSchema, type CommandAck } from '../protocol/index.js';
import { pngSize } from './png-size.js';
import { acknowledge, keepScreenshot, listCommands, queueCommand, screenshotOf } from './store.js';

/** An acknowledgement with a screenshot carries the PNG as base64, a third larger, and its JSON around it. */
const ackBodyLimit = Math.ceil((maxScreenshotBytes * 4) / 3) + 64 * 1024;

/** The screenshot's bytes, refused unless they are a PNG: the console shows them as a picture. */
function screenshotIn(ack: CommandAck): { png: Buffer; size: { width: number; height: number } } | undefined {
  if (!ack.screenshot) return undefined;
  const png = Buffer.from(ack.screenshot.png, 'base64');
  const size = pngSize(png);
  if (!size) throw new HttpError(400, 'not_png', '截图不是 PNG 图片 / the screenshot is not a PNG picture');
  return { png, size };
}

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

  app.get<{ Params: { id: string; commandId: string } }>('/v1/admin/terminals/:id/commands/:commandId/screenshot', async (request, reply) => {
    const terminal = await terminalInScope(db, await gate.authorize(request, 'terminals.read'), 'terminals.read', request.params.id);
    const png = await screenshotOf(db, terminal.id, parseInput(z.uuid(), request.params.commandId, 'bad_command_id'));
    if (!png) throw new HttpError(404, 'no_screenshot', '这条指令没有截图 / this command brought back no screenshot');
    // The kiosk's screen is the terminal's business only: no shared cache keeps it.
    return reply.header('content-type', 'image/png').header('cache-control', 'private, no-store').send(png);
  });

  app.post('/v1/command-acks', { bodyLimit: ackBodyLimit }, async (request, reply) => {
    const terminal = await authenticateTerminal(db, request);
    const ack = parseBody(commandAckSchema, request);
    const screenshot = screenshotIn(ack);
    const known = await db.transaction(async (tx) => {
      if (!(await acknowledge(tx, terminal.id, ack))) return false;
      if (screenshot) await keepScreenshot(tx, terminal.id, ack.id, screenshot.png, screenshot.size);
      return true;
    });
    if (!known) throw new HttpError(404, 'no_such_command', `本终端没有这条指令 / this terminal has no command ${ack.id}`);
    return reply.code(204).send();
  });
}
