const lobbyDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const dayMs = 24 * 60 * 60 * 1000;

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
