import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { Ticket } from '../protocol/appointments.js';
import type { Hall } from '../appointments/hall-store.js';
import { beijingTime } from '../appointments/booking-store.js';
import { beijingDate } from '../appointments/slots.js';
import type { CallingSystem, TicketRequest } from './calling-system.js';

interface TicketRow {
  id: string;
  group_code: string;
  seq: number;
  priority: number;
  elder: boolean;
  booked_for: string | null;
  issued_at: string;
  called_window: string | null;
  ahead: number;
}

const numberOf = (groupCode: string, seq: number): string => `${groupCode}${String(seq).padStart(3, '0')}`;

/**
 * The hall's calling system, simulated in the platform's database so the "people ahead" on a
 * ticket is real: numbers are taken from a per-day counter, called by priority then order.
 */
export class SimulatedCallingSystem implements CallingSystem {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(request: TicketRequest): Promise<Ticket> {
    const { hall, groupCode } = request;
    const day = beijingDate(this.now());
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ last: number }>(
        `INSERT INTO ticket_counters (hall_id, day, group_code, last) VALUES ($1, $2, $3, 1)
         ON CONFLICT (hall_id, day, group_code) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last`,
        [hall.id, day, groupCode],
      );
      await tx.query(
        `INSERT INTO queue_tickets (id, hall_id, day, group_code, seq, priority, elder, booking_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, hall.id, day, groupCode, rows[0]?.last, request.priority, request.elder, request.booking?.id ?? null],
      );
    });
    const ticket = await this.ticket(hall, id);
    if (!ticket) throw new Error('issue: the ticket just written is missing');
    return ticket;
  }

  async ticket(hall: Hall, id: string): Promise<Ticket | undefined> {
    const { rows } = await this.db.query<TicketRow>(
      `SELECT t.id, t.group_code, t.seq, t.priority, t.elder, t.called_window,
              ${beijingTime('b.starts_at')} AS booked_for, ${beijingTime('t.issued_at')} AS issued_at,
              (SELECT count(*)::int FROM queue_tickets o
                WHERE o.hall_id = t.hall_id AND o.day = t.day AND o.group_code = t.group_code AND o.called_at IS NULL
                  AND t.called_at IS NULL AND (o.priority > t.priority OR (o.priority = t.priority AND o.seq < t.seq))) AS ahead
         FROM queue_tickets t LEFT JOIN bookings b ON b.id = t.booking_id
        WHERE t.id = $1 AND t.hall_id = $2`,
      [id, hall.id],
    );
    const [row] = rows;
    const group = row && hall.groups.find((g) => g.code === row.group_code);
    if (!row || !group) return undefined;
    return {
      id: row.id,
      number: numberOf(row.group_code, row.seq),
      hallName: hall.name,
      groupCode: group.code,
      groupName: group.name,
      windows: group.windows,
      peopleAhead: row.ahead,
      bookedFor: row.booked_for,
      elder: row.elder,
      issuedAt: row.issued_at,
      calledWindow: row.called_window,
    };
  }

  async waiting(hall: Hall): Promise<Map<string, number>> {
    const { rows } = await this.db.query<{ group_code: string; n: number }>(
      'SELECT group_code, count(*)::int AS n FROM queue_tickets WHERE hall_id = $1 AND day = $2 AND called_at IS NULL GROUP BY group_code',
      [hall.id, beijingDate(this.now())],
    );
    return new Map(rows.map((r) => [r.group_code, r.n]));
  }

  async callNext(hall: Hall, groupCode: string, window: string): Promise<string | null> {
    // SKIP LOCKED: two windows calling at once call two different numbers.
    const { rows } = await this.db.query<{ seq: number }>(
      `UPDATE queue_tickets SET called_at = now(), called_window = $4
        WHERE id = (SELECT id FROM queue_tickets WHERE hall_id = $1 AND day = $2 AND group_code = $3 AND called_at IS NULL
                     ORDER BY priority DESC, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING seq`,
      [hall.id, beijingDate(this.now()), groupCode, window],
    );
    const [row] = rows;
    return row ? numberOf(groupCode, row.seq) : null;
  }
}
