import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { holderHash } from '../certificates/store.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { bookSchema, holderSchema, slotsQuerySchema, type Booking, type HallServicesReply, type SlotsReply } from '../protocol/appointments.js';
import type { CallingSystem } from '../queue/calling-system.js';
import { book, bookingsOf, cancelBooking, takenPlaces } from './booking-store.js';
import type { Hall } from './hall-store.js';
import { beijingDate, bookableDays, bookableSlot } from './slots.js';
import { terminalHall } from './terminal-hall.js';

function groupOfItem(hall: Hall, itemCode: string) {
  const group = hall.groups.find((g) => g.items.some((i) => i.code === itemCode));
  const item = group?.items.find((i) => i.code === itemCode);
  if (!group || !item || group.slotCapacity === 0) {
    throw new HttpError(404, 'item_not_bookable', '本厅不受理该事项的预约 / this hall takes no bookings for that item');
  }
  return { group, item };
}

const refusals = {
  slot_full: new HttpError(409, 'slot_full', '该时段已约满，请选择其他时段 / this time slot is fully booked; choose another'),
  already_booked: new HttpError(409, 'already_booked', '您已预约该时段 / you already hold a booking for this time slot'),
};

/** 预约 for a terminal's citizen: the hall's services and slots, booking, one's bookings, cancelling. */
export function appointmentRoutes(app: FastifyInstance, db: Database, calling: CallingSystem): void {
  app.get('/v1/hall/services', async (request): Promise<HallServicesReply> => {
    const { hall } = await terminalHall(db, request);
    const waiting = await calling.waiting(hall);
    return {
      hallName: hall.name,
      groups: hall.groups.map((g) => ({ code: g.code, name: g.name, windows: g.windows, waiting: waiting.get(g.code) ?? 0, bookable: g.slotCapacity > 0, items: g.items })),
    };
  });

  app.get('/v1/appointments/slots', async (request): Promise<SlotsReply> => {
    const { hall } = await terminalHall(db, request);
    const query = parseInput(slotsQuerySchema, request.query, 'bad_query', 'expected ?item=<item code>');
    const { group, item } = groupOfItem(hall, query.item);
    const taken = await takenPlaces(db, hall.id, group.code);
    const days = bookableDays(hall, Date.now()).map(({ day, slots }) => ({
      ...day,
      slots: slots.map((slot) => ({ ...slot, remaining: Math.max(0, group.slotCapacity - (taken.get(Date.parse(slot.startsAt)) ?? 0)) })),
    }));
    return { itemCode: item.code, itemName: item.name, groupName: group.name, days };
  });

  app.post('/v1/appointments', async (request): Promise<Booking> => {
    const { terminal, hall } = await terminalHall(db, request);
    const wanted = parseBody(bookSchema, request);
    const { group } = groupOfItem(hall, wanted.itemCode);
    const slot = bookableSlot(hall, wanted.startsAt, Date.now());
    if (!slot) throw new HttpError(422, 'no_such_slot', '该时段不可预约（已过、休息日或不在开放时间） / that time is not a bookable slot (past, a holiday or outside opening hours)');
    const outcome = await book(db, { hall, groupCode: group.code, itemCode: wanted.itemCode, startsAt: slot.startsAt, holderHash: holderHash(wanted.idNumber), terminalId: terminal.id }, group.slotCapacity);
    if ('refused' in outcome) throw refusals[outcome.refused];
    return outcome.booked;
  });

  app.post('/v1/appointments/mine', async (request): Promise<{ bookings: Booking[] }> => {
    await terminalHall(db, request);
    const { idNumber } = parseBody(holderSchema, request);
    return { bookings: await bookingsOf(db, holderHash(idNumber), beijingDate(Date.now())) };
  });

  app.post<{ Params: { id: string } }>('/v1/appointments/:id/cancel', async (request): Promise<Booking> => {
    await terminalHall(db, request);
    const { idNumber } = parseBody(holderSchema, request);
    const id = parseInput(z.uuid(), request.params.id, 'bad_booking_id');
    const cancelled = await cancelBooking(db, id, holderHash(idNumber));
    if (!cancelled) throw new HttpError(404, 'no_such_booking', '没有找到您的这项预约（可能已取消或已签到） / no live booking of yours with that id');
    return cancelled;
  });
}
