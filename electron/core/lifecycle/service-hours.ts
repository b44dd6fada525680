import type { ServiceHours } from '../../api/lifecycle.js';

/** The hall's wall clock: a terminal's OS may run in UTC, the hall opens at 08:30 Beijing time. */
const hallClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const isoWeekday: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Whether `now` falls in the hall's opening hours: on one of its days, from opens up to (not at) closes. */
export function withinHours(hours: ServiceHours, now: Date): boolean {
  const parts = Object.fromEntries(hallClock.formatToParts(now).map((part) => [part.type, part.value]));
  const day = isoWeekday[parts.weekday ?? ''] ?? 0;
  const time = `${parts.hour ?? ''}:${parts.minute ?? ''}`;
  return hours.days.includes(day) && time >= hours.opens && time < hours.closes;
}
