import type { Language } from '../../ui-shared/i18n/language.js';

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const pad = (n: number) => String(n).padStart(2, '0');

// Every terminal is in China, whose clocks are UTC+8 all year (no DST since 1991). Kiosk images
// often leave the OS zone at UTC; a citizen must not read 01:41 on a receipt accepted at 09:41.
const beijingOffsetMs = 8 * 60 * 60 * 1000;

function beijing(date: Date) {
  const shifted = new Date(date.getTime() + beijingOffsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: weekdays[shifted.getUTCDay()] ?? '',
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
  };
}

/** English dates in the same Beijing time: Monday 23 November 2026. */
const englishDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const englishDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', day: 'numeric', month: 'long', year: 'numeric' });

/** 2026年11月23日 星期一: the way a date is said, not an ISO string. */
export function formatDay(date: Date, language: Language = 'zh'): string {
  if (language === 'en') return englishDay.format(date);
  const b = beijing(date);
  return `${b.year}年${b.month}月${b.day}日 ${b.weekday}`;
}

export function formatClock(date: Date): string {
  const b = beijing(date);
  return `${pad(b.hours)}:${pad(b.minutes)}`;
}

/** An instant from the Node side, in Beijing time; shown as given if unparseable. */
export function formatInstant(iso: string, language: Language = 'zh'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === 'en') return `${englishDate.format(date)} ${formatClock(date)}`;
  const b = beijing(date);
  return `${b.year}年${b.month}月${b.day}日 ${formatClock(date)}`;
}

/** 0 days means the item is finished on the spot (即办件). */
export function promisedTime(days: number, language: Language = 'zh'): string {
  if (language === 'en') return days === 0 ? 'Done on the spot' : `Promised within ${days} working day${days === 1 ? '' : 's'}`;
  return days === 0 ? '当场办结' : `承诺时限 ${days} 个工作日`;
}
