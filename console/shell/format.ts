// The fleet is in China (UTC+8 all year); an office PC set to UTC must not shift every time by 8 hours.
const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** 2026-12-02 15:09:17, Beijing time, the same in both languages; "—" for none. */
export function formatTime(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : beijing.format(date);
}
