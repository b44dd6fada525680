const lobbyDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const dayMs = 24 * 60 * 60 * 1000;

/** The lobby's date (YYYY-MM-DD) at an instant, whatever the machine's time zone. */
export function lobbyDateOf(at: Date): string {
  return lobbyDate.format(at);
}

/** The date `days` calendar days after (or before) a YYYY-MM-DD date. */
export function calendarDaysAfter(isoDate: string, days: number): string {
  return new Date(new Date(`${isoDate}T12:00:00Z`).getTime() + days * dayMs).toISOString().slice(0, 10);
}

/** Saturday or Sunday: no working day, holidays aside (the terminal does not know them). */
export function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The lobby date (YYYY-MM-DD) `days` working days after `from`. Weekends are skipped; public
 * holidays and 调休 are not known to the terminal, so the promise can only be earlier, never later.
 */
export function workingDaysAfter(from: Date, days: number): string {
  // Noon of the lobby day in UTC: stepping whole days from there never crosses a date line.
  let at = new Date(`${lobbyDate.format(from)}T12:00:00Z`);
  for (let left = days; left > 0; ) {
    at = new Date(at.getTime() + dayMs);
    if (at.getUTCDay() !== 0 && at.getUTCDay() !== 6) left -= 1;
  }
  return at.toISOString().slice(0, 10);
}
