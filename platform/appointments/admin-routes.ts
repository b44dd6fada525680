import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AdminGate } from '../accounts/gate.js';
import { permit } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { callNextSchema, hallSettingsSchema, regionCodeSchema, type HallReply } from '../protocol/index.js';
import type { CallingSystem } from '../queue/calling-system.js';
import { hallById, hallsUnder, saveHall } from './hall-store.js';

const regionQuery = z.object({ region: regionCodeSchema.optional() }).strict();

/**
 * Halls' windows, items, hours and slot capacity, by region like every admin route: reading needs
 * terminals.read there, a change halls.manage, and each change is audited with the hall it wrote.
 */
export function hallAdminRoutes(app: FastifyInstance, db: Database, gate: AdminGate, calling: CallingSystem): void {
  app.get('/v1/admin/halls', async (request): Promise<{ halls: HallReply[] }> => {
    const actor = await gate.actor(request);
    const { region } = parseInput(regionQuery, request.query, 'bad_query', 'expected ?region=<region code>');
    permit(actor, 'terminals.read', region ?? actor.account.regionCode);
    const prefix = region === undefined ? scopePrefix(actor.account) : scopePrefix({ ...actor.account, regionCode: region });
    return { halls: await hallsUnder(db, prefix) };
  });

  app.put('/v1/admin/halls', async (request): Promise<{ id: string }> => {
    const actor = await gate.actor(request);
    const settings = parseBody(hallSettingsSchema, request);
    permit(actor, 'halls.manage', settings.regionCode);
    return db.transaction(async (tx) => {
      const id = await saveHall(tx, settings);
      const detail = { slotMinutes: settings.slotMinutes, bookingDays: settings.bookingDays, hours: settings.hours, groups: settings.groups.map((g) => ({ code: g.code, slotCapacity: g.slotCapacity, windows: g.windows, items: g.items.length })) };
      await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'hall.changed', target: `${settings.regionCode}:${settings.name}`, regionCode: settings.regionCode, detail });
      return { id };
    });
  });

  // The window's "next" button, for the simulated calling system in the demo and tests.
  app.post<{ Params: { id: string } }>('/v1/admin/halls/:id/queue/call', async (request): Promise<{ called: string | null }> => {
    const actor = await gate.actor(request);
    const hall = await hallById(db, parseInput(z.uuid(), request.params.id, 'bad_hall_id'));
    if (!hall) throw new HttpError(404, 'no_such_hall', '没有该服务大厅 / no such hall');
    permit(actor, 'halls.manage', hall.regionCode);
    const { groupCode, window } = parseBody(callNextSchema, request);
    return { called: await calling.callNext(hall, groupCode, window) };
  });
}
