import { randomInt, randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/database.js';
import type { Booking } from '../protocol/appointments.js';
import type { Hall } from './hall-store.js';

/** A time as the hall's wall clock writes it (UTC+8), whatever the server's TimeZone. */
export const beijingTime = (column: string): string => `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"')`;

/** Letters and digits a citizen reading a slip aloud cannot confuse (no 0/O, 1/I). */
const codeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function bookingCode(): string {
  return Array.from({ length: 10 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
}

export const selectBooking = `SELECT b.id, b.code, h.name AS "hallName", b.item_code AS "itemCode", i.item_name AS "itemName",
  g.name AS "groupName", ${beijingTime('b.starts_at')} AS "startsAt", b.status
  FROM bookings b JOIN halls h ON h.id = b.hall_id
  JOIN window_groups g ON g.hall_id = b.hall_id AND g.code = b.group_code
  JOIN group_items i ON i.hall_id = b.hall_id AND i.item_code = b.item_code`;

export type BookOutcome = { booked: Booking } | { refused: 'slot_full' | 'already_booked' };

export interface BookingRequest {
  hall: Hall;
  groupCode: string;
  itemCode: string;
  startsAt: string;
  holderHash: Buffer;
  terminalId: string;
}

/**
 * One place in a slot, or a refusal. The slot's count row is taken with a conditional UPDATE:
 * PostgreSQL locks the row, and a second booking waiting on that lock sees the count after the
 * first committed, so two citizens asking for the last place get one booking and one refusal.
 */
export async function book(db: Database, request: BookingRequest, capacity: number): Promise<BookOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const { hall, groupCode, startsAt } = request;
      await tx.query('INSERT INTO slot_counts (hall_id, group_code, starts_at, booked) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING', [hall.id, groupCode, startsAt]);
      const { rows } = await tx.query(
        'UPDATE slot_counts SET booked = booked + 1 WHERE hall_id = $1 AND group_code = $2 AND starts_at = $3 AND booked < $4 RETURNING booked',
        [hall.id, groupCode, startsAt, capacity],
      );
      if (rows.length === 0) return { refused: 'slot_full' as const };
      const id = randomUUID();
      await tx.query(
        `INSERT INTO bookings (id, code, hall_id, group_code, item_code, starts_at, holder_hash, terminal_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'booked')`,
        [id, bookingCode(), hall.id, groupCode, request.itemCode, startsAt, request.holderHash, request.terminalId],
      );
      const booked = await bookingById(tx, id);
      if (!booked) throw new Error('book: the booking just written is missing');
      return { booked };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'bookings_one_per_slot')) return { refused: 'already_booked' };
    throw error;
  }
}

export async function bookingById(db: Queryable, id: string): Promise<Booking | undefined> {
  const { rows } = await db.query<Booking>(`${selectBooking} WHERE b.id = $1`, [id]);
  return rows[0];
}

/** The holder's bookings from today on (China's day), soonest first, in every hall. */
export async function bookingsOf(db: Queryable, holderHash: Buffer, today: string): Promise<Booking[]> {
  const { rows } = await db.query<Booking>(
    `${selectBooking} WHERE b.holder_hash = $1 AND b.starts_at >= ($2::date - interval '8 hours') AT TIME ZONE 'UTC'
     ORDER BY b.starts_at, b.created_at LIMIT 50`,
    [holderHash, today],
  );
  return rows;
}

/** Cancels the holder's own live booking and frees its place; undefined when there is none such. */
export async function cancelBooking(db: Database, id: string, holderHash: Buffer): Promise<Booking | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ hall_id: string; group_code: string; starts_at: Date }>(
      `UPDATE bookings SET status = 'cancelled', changed_at = now() WHERE id = $1 AND holder_hash = $2 AND status = 'booked'
       RETURNING hall_id, group_code, starts_at`,
      [id, holderHash],
    );
    const [row] = rows;
    if (!row) return undefined;
    await tx.query('UPDATE slot_counts SET booked = booked - 1 WHERE hall_id = $1 AND group_code = $2 AND starts_at = $3', [row.hall_id, row.group_code, row.starts_at]);
    return bookingById(tx, id);
  });
}

/** How many places each slot of a group has taken, by the slot's start in milliseconds. */
export async function takenPlaces(db: Queryable, hallId: string, groupCode: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ starts_at: Date; booked: number }>(
    'SELECT starts_at, booked FROM slot_counts WHERE hall_id = $1 AND group_code = $2 AND starts_at >= now()',
    [hallId, groupCode],
  );
  return new Map(rows.map((r) => [new Date(r.starts_at).getTime(), r.booked]));
}
