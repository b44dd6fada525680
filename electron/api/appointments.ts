import { z } from 'zod';
import { printResultSchema } from './values.js';

/**
 * 预约 and 取号 as the screen sees them. Every request needs the platform (slots and numbers
 * are the hall's, not this terminal's): offline, each answers OFFLINE and the screen says so.
 */

const itemCode = z.string().min(1).max(64);
const groupCode = z.string().regex(/^[A-Z][A-Z0-9]{0,3}$/);
const empty = z.object({}).strict();

export const hallServicesViewSchema = z.object({
  hallName: z.string(),
  groups: z.array(
    z.object({
      code: groupCode,
      name: z.string(),
      windows: z.array(z.string()),
      /** Numbers still waiting in this group now. */
      waiting: z.number().int().min(0),
      /** False: walk-ins only. */
      bookable: z.boolean(),
      items: z.array(z.object({ code: itemCode, name: z.string() })),
    }),
  ),
});
export type HallServicesView = z.infer<typeof hallServicesViewSchema>;

export const slotDayViewSchema = z.object({
  date: z.string(),
  /** holiday: closed for a statutory holiday; a workday on a weekend is a 调休 day. */
  kind: z.enum(['workday', 'weekend', 'holiday']),
  name: z.string().nullable(),
  slots: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), remaining: z.number().int().min(0) })),
});
export type SlotDayView = z.infer<typeof slotDayViewSchema>;

export const slotsViewSchema = z.object({ itemName: z.string(), groupName: z.string(), days: z.array(slotDayViewSchema) });
export type SlotsView = z.infer<typeof slotsViewSchema>;

export const bookingViewSchema = z.object({
  id: z.uuid(),
  /** Shown and printed as a QR code (TBYY:code): scanned at the hall's terminal, it checks in. */
  code: z.string(),
  qr: z.string(),
  hallName: z.string(),
  itemName: z.string(),
  groupName: z.string(),
  startsAt: z.string(),
  status: z.enum(['booked', 'cancelled', 'checked_in']),
});
export type BookingView = z.infer<typeof bookingViewSchema>;

export const ticketViewSchema = z.object({
  number: z.string(),
  groupName: z.string(),
  windows: z.array(z.string()),
  peopleAhead: z.number().int().min(0),
  /** The booked slot's start when the ticket came from a booking; null for a walk-in. */
  bookedFor: z.string().nullable(),
  elder: z.boolean(),
  /** The ticket on the receipt printer; the screen shows the number whatever became of the paper. */
  receipt: printResultSchema,
});
export type TicketView = z.infer<typeof ticketViewSchema>;

export const appointmentRequests = {
  /** The hall's service groups and the items each serves: what 取号 and 预约 offer. */
  'hall.services': { request: empty, reply: hallServicesViewSchema },
  'appointments.slots': { request: z.object({ itemCode }).strict(), reply: slotsViewSchema },
  /**
   * Books for the identified citizen (card or typed), and prints the 预约凭条 with its QR;
   * APPOINTMENT_REFUSED (该时段已约满) when another took the last place.
   */
  'appointments.book': { request: z.object({ itemCode, startsAt: z.iso.datetime({ offset: true }) }).strict(), reply: bookingViewSchema.extend({ receipt: printResultSchema }) },
  'appointments.mine': { request: empty, reply: z.array(bookingViewSchema).max(50) },
  'appointments.cancel': { request: z.object({ id: z.uuid() }).strict(), reply: bookingViewSchema },
  /** 签到: today's booking of the identified citizen, or the one a scanned booking code names; printed. */
  'queue.checkIn': { request: z.object({ code: z.string().regex(/^[0-9A-Z]{10}$/).optional() }).strict(), reply: ticketViewSchema },
  /** 取号 without a booking; an identified 长者 is called first (the platform's rules). Printed. */
  'queue.take': { request: z.object({ groupCode }).strict(), reply: ticketViewSchema },
} as const;
