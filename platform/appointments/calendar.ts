import { z } from 'zod';
import holidayData from './holidays-cn.json' with { type: 'json' };
import { wireDate } from '../protocol/wire-values.js';

/**
 * What kind of day a date is in China: a statutory holiday (放假, closed whatever the weekday), a
 * 调休 weekend day worked in exchange, or a plain weekday or weekend. The calendar is data
 * (holidays-cn.json, each year naming its source), checked here when the platform loads it.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday';

const calendarSchema = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      source: z.string().min(1),
      holidays: z.array(z.object({ from: wireDate, to: wireDate, name: z.string().min(1) })),
      workdays: z.array(z.object({ date: wireDate, name: z.string().min(1) })),
    }),
  ),
});

export interface CalendarDay {
  date: string;
  kind: DayKind;
  /** The holiday's or 调休's name; null on an ordinary day. */
  name: string | null;
}

const dayMs = 86_400_000;

/** YYYY-MM-DD of the day after. */
export function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function namedDays(): Map<string, { kind: DayKind; name: string }> {
  const calendar = calendarSchema.parse(holidayData);
  const days = new Map<string, { kind: DayKind; name: string }>();
  for (const year of Object.values(calendar.years)) {
    for (const holiday of year.holidays) {
      for (let date = holiday.from; date <= holiday.to; date = nextDate(date)) days.set(date, { kind: 'holiday', name: holiday.name });
    }
    for (const workday of year.workdays) days.set(workday.date, { kind: 'workday', name: workday.name });
  }
  return days;
}

const named = namedDays();

export function calendarDay(date: string): CalendarDay {
  const known = named.get(date);
  if (known) return { date, ...known };
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return { date, kind: weekday === 0 || weekday === 6 ? 'weekend' : 'workday', name: null };
}
