/** Times on paper are the hall's wall-clock time, whatever the terminal's OS time zone. */
export const lobbyTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A lobby date (YYYY-MM-DD) as paper says it: 2026年12月09日. */
export function lobbyDateText(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${year}年${month}月${day}日`;
}
