import { calendarDay, nextDate, type CalendarDay } from './calendar.js';
import type { Hall } from './hall-store.js';

/** China keeps UTC+8 all year: a hall's clock times are written with this offset. */
const beijing = '+08:00';
const beijingMs = 8 * 3_600_000;

export interface Slot {
  startsAt: string;
  endsAt: string;
}

/** Today's date in China at `now`. */
export function beijingDate(now: number): string {
  return new Date(now + beijingMs).toISOString().slice(0, 10);
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The hall's slots on a day: none on a holiday or a closed weekend; a 调休 weekend works workday hours. */
export function slotsOfDay(hall: Pick<Hall, 'hours' | 'slotMinutes'>, day: CalendarDay): Slot[] {
  const open = day.kind === 'holiday' ? null : hall.hours[day.kind];
  if (!open) return [];
  const slots: Slot[] = [];
  for (let start = minutesOf(open.opens); start + hall.slotMinutes <= minutesOf(open.closes); start += hall.slotMinutes) {
    slots.push({ startsAt: `${day.date}T${clockOf(start)}:00${beijing}`, endsAt: `${day.date}T${clockOf(start + hall.slotMinutes)}:00${beijing}` });
  }
  return slots;
}

/** The days a citizen may book: from today for bookingDays days, each with its slots not yet begun. */
export function bookableDays(hall: Pick<Hall, 'hours' | 'slotMinutes' | 'bookingDays'>, now: number): { day: CalendarDay; slots: Slot[] }[] {
  const days: { day: CalendarDay; slots: Slot[] }[] = [];
  const today = beijingDate(now);
  for (let i = 0; i < hall.bookingDays; i += 1) {
    const day = calendarDay(nextDate(today, i));
    days.push({ day, slots: slotsOfDay(hall, day).filter((slot) => Date.parse(slot.startsAt) > now) });
  }
  return days;
}

/** The slot starting at that instant among those bookable now, in the hall's own spelling. */
export function bookableSlot(hall: Pick<Hall, 'hours' | 'slotMinutes' | 'bookingDays'>, startsAt: string, now: number): Slot | undefined {
  const at = Date.parse(startsAt);
  return bookableDays(hall, now)
    .flatMap((d) => d.slots)
    .find((slot) => Date.parse(slot.startsAt) === at);
}
