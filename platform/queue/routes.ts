import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { beijingTime } from '../appointments/booking-store.js';
import type { Hall } from '../appointments/hall-store.js';
import { beijingDate } from '../appointments/slots.js';
import { terminalHall } from '../appointments/terminal-hall.js';
import { holderHash } from '../certificates/store.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { checkInSchema, walkInSchema, type CheckInRequest, type Ticket } from '../protocol/appointments.js';
import type { CallingSystem } from './calling-system.js';
import { isElder, priorityOf, type QueueRules } from './queue-rules.js';

interface DueBooking {
  id: string;
  group_code: string;
  starts_at: string;
}

/**
 * Today's live booking in this hall, by the holder's card or the code on its QR, marked checked
 * in by this very statement, so a second check-in of the same booking finds nothing.
 */
async function takeBooking(db: Database, hall: Hall, who: CheckInRequest, today: string): Promise<DueBooking | undefined> {
  const [column, value] = 'code' in who ? ['code', who.code] : ['holder_hash', holderHash(who.idNumber)];
  const { rows } = await db.query<DueBooking>(
    `UPDATE bookings SET status = 'checked_in', changed_at = now()
      WHERE id = (SELECT id FROM bookings WHERE ${column} = $1 AND hall_id = $2 AND status = 'booked'
                    AND starts_at >= ($3::date - interval '8 hours') AT TIME ZONE 'UTC'
                    AND starts_at < ($3::date + interval '16 hours') AT TIME ZONE 'UTC'
                  ORDER BY starts_at LIMIT 1 FOR UPDATE)
      RETURNING id, group_code, ${beijingTime('starts_at')} AS starts_at`,
    [value, hall.id, today],
  );
  return rows[0];
}

/** 取号: check in a booking on its day, or take a walk-in number; and a ticket's place now. */
export function queueRoutes(app: FastifyInstance, db: Database, calling: CallingSystem, rules: QueueRules): void {
  app.post('/v1/queue/check-in', async (request): Promise<Ticket> => {
    const { hall } = await terminalHall(db, request);
    const who = parseBody(checkInSchema, request);
    const today = beijingDate(Date.now());
    const booking = await takeBooking(db, hall, who, today);
    if (!booking) {
      throw new HttpError(404, 'no_booking_today', '没有找到您今天在本厅的预约，请取普通号 / no booking of yours in this hall today; take a walk-in number');
    }
    const elder = isElder(rules, 'idNumber' in who ? who.idNumber : undefined, today);
    try {
      return await calling.issue({ hall, groupCode: booking.group_code, priority: priorityOf(rules, elder, true), elder, booking: { id: booking.id, startsAt: booking.starts_at } });
    } catch (error) {
      // The calling system gave no number: the booking stays checkable-in for the next try.
      await db.query(`UPDATE bookings SET status = 'booked' WHERE id = $1`, [booking.id]);
      throw error;
    }
  });

  app.post('/v1/queue/tickets', async (request): Promise<Ticket> => {
    const { hall } = await terminalHall(db, request);
    const wanted = parseBody(walkInSchema, request);
    if (!hall.groups.some((g) => g.code === wanted.groupCode)) throw new HttpError(404, 'no_such_group', '本厅没有该业务 / this hall has no such service group');
    const elder = isElder(rules, wanted.idNumber, beijingDate(Date.now()));
    return calling.issue({ hall, groupCode: wanted.groupCode, priority: priorityOf(rules, elder, false), elder, booking: null });
  });

  app.get<{ Params: { id: string } }>('/v1/queue/tickets/:id', async (request): Promise<Ticket> => {
    const { hall } = await terminalHall(db, request);
    const ticket = await calling.ticket(hall, parseInput(z.uuid(), request.params.id, 'bad_ticket_id'));
    if (!ticket) throw new HttpError(404, 'no_such_ticket', '没有找到该号 / no such ticket in this hall');
    return ticket;
  });
}
