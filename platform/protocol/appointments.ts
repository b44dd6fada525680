import { z } from 'zod';
import { regionCodeSchema } from './enroll.js';
import { wireCount, wireText, wireTime } from './wire-values.js';

/** 预约 / 取号 between a terminal and the platform, and the hall settings admins edit. */

const idNumber = z.string().regex(/^[0-9]{17}[0-9X]$/, '身份证号码应为 18 位 / an 18-character ID number');
const itemCode = wireText.min(1).max(64);
const groupCode = z.string().regex(/^[A-Z][A-Z0-9]{0,3}$/, '窗口组代码为大写字母开头的 1–4 位 / a group code such as A or SB');
const bookingCode = z.string().regex(/^[0-9A-Z]{10}$/, '预约码为 10 位字母数字 / a 10-character booking code');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间写作 HH:MM / a time as HH:MM');
const uuid = z.uuid();

export const hallItemSchema = z.object({ code: itemCode, name: wireText.min(1).max(120) }).strict();

export const windowGroupSchema = z
  .object({
    code: groupCode,
    name: wireText.min(1).max(40),
    /** Bookings one slot takes; 0: this group takes walk-ins only. */
    slotCapacity: wireCount.max(1000),
    windows: z.array(z.string().regex(/^[0-9A-Z]{1,4}$/)).min(1).max(50),
    items: z.array(hallItemSchema).max(200),
  })
  .strict();

const openingSchema = z
  .object({ opens: clock, closes: clock })
  .strict()
  .refine((o) => o.closes > o.opens, { message: '关门时间应晚于开门时间 / closes must be after opens', path: ['closes'] });

/** A hall as an admin writes it: the whole of it at once. */
export const hallSettingsSchema = z
  .object({
    regionCode: regionCodeSchema,
    name: wireText.min(1).max(80),
    slotMinutes: z.number().int().min(5).max(240),
    bookingDays: z.number().int().min(1).max(60),
    /** workday: Monday to Friday and 调休 weekends; weekend: null when closed on Saturday and Sunday. */
    hours: z.object({ workday: openingSchema, weekend: openingSchema.nullable() }).strict(),
    groups: z.array(windowGroupSchema).min(1).max(30),
  })
  .strict()
  .superRefine((hall, ctx) => {
    const items = hall.groups.flatMap((g) => g.items.map((i) => i.code));
    if (new Set(items).size !== items.length) ctx.addIssue({ code: 'custom', message: '同一事项只能由一个窗口组办理 / an item belongs to one group', path: ['groups'] });
    const codes = hall.groups.map((g) => g.code);
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: '窗口组代码重复 / group codes repeat', path: ['groups'] });
  });
export type HallSettings = z.infer<typeof hallSettingsSchema>;

export const hallReplySchema = z.object({ id: uuid, settings: hallSettingsSchema });
export type HallReply = z.infer<typeof hallReplySchema>;
export const hallsReplySchema = z.object({ halls: z.array(hallReplySchema) });

export const callNextSchema = z.object({ groupCode: groupCode, window: z.string().regex(/^[0-9A-Z]{1,4}$/) }).strict();
export const callNextReplySchema = z.object({ called: z.string().nullable() });

/** GET /v1/hall/services: the groups of the terminal's hall, for 取号 and 预约. */
export const hallServicesReplySchema = z.object({
  hallName: z.string(),
  groups: z.array(z.object({ code: groupCode, name: z.string(), windows: z.array(z.string()), waiting: z.number().int().min(0), bookable: z.boolean(), items: z.array(hallItemSchema) })),
});
export type HallServicesReply = z.infer<typeof hallServicesReplySchema>;

export const slotsQuerySchema = z.object({ item: itemCode }).strict();

export const slotDaySchema = z.object({
  date: z.string(),
  kind: z.enum(['workday', 'weekend', 'holiday']),
  /** The holiday's or 调休's name. */
  name: z.string().nullable(),
  slots: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), remaining: z.number().int().min(0) })),
});
export const slotsReplySchema = z.object({ itemCode, itemName: z.string(), groupName: z.string(), days: z.array(slotDaySchema) });
export type SlotsReply = z.infer<typeof slotsReplySchema>;

/** The identity is in the signed body only, never in a URL a proxy might log. */
export const holderSchema = z.object({ idNumber }).strict();
export const bookSchema = z.object({ idNumber, itemCode, startsAt: wireTime }).strict();
export type BookRequest = z.infer<typeof bookSchema>;

export const bookingSchema = z.object({
  id: uuid,
  code: bookingCode,
  hallName: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  groupName: z.string(),
  startsAt: z.string(),
  status: z.enum(['booked', 'cancelled', 'checked_in']),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingsReplySchema = z.object({ bookings: z.array(bookingSchema).max(50) });

/** 签到: by the card (the ID number) or by the code on the booking's QR. */
export const checkInSchema = z.union([z.object({ idNumber }).strict(), z.object({ code: bookingCode }).strict()]);
export type CheckInRequest = z.infer<typeof checkInSchema>;

/** 取号 without a booking; the ID number, when given, lets 长者 priority apply. */
export const walkInSchema = z.object({ groupCode, idNumber: idNumber.optional() }).strict();
export type WalkInRequest = z.infer<typeof walkInSchema>;

export const ticketSchema = z.object({
  id: uuid,
  number: z.string(),
  hallName: z.string(),
  groupCode,
  groupName: z.string(),
  windows: z.array(z.string()),
  peopleAhead: z.number().int().min(0),
  /** The booked slot's start when the ticket came from a booking. */
  bookedFor: z.string().nullable(),
  elder: z.boolean(),
  issuedAt: z.string(),
  /** The window that called it; null while waiting. */
  calledWindow: z.string().nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;
