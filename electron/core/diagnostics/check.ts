import type { Check } from '../../api/diagnostics.js';

export type { Check } from '../../api/diagnostics.js';
export type Detail = Check['detail'];

/** A verdict in both languages, Chinese first as on every technician screen. */
export function check(id: string, ok: boolean, zh: string, en: string, detail: Detail = {}): Check {
  return { id, ok, words: { zh, en }, detail };
}

/** "3 分钟 / 3 min": an age a technician reads at a glance. */
export function ageInWords(ms: number): { zh: string; en: string } {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return { zh: '不到 1 分钟', en: 'under a minute' };
  if (minutes < 120) return { zh: `${minutes} 分钟`, en: `${minutes} min` };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { zh: `${hours} 小时`, en: `${hours} h` };
  const days = Math.round(hours / 24);
  return { zh: `${days} 天`, en: `${days} days` };
}
