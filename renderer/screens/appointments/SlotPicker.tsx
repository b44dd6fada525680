import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyOf, SlotDayView } from '../../api.js';
import { useKiosk, useRequest } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { formatClock } from '../../ui/format.js';

const weekdays = { zh: ['日', '一', '二', '三', '四', '五', '六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

/** 12/9 周三: short enough for a row of day buttons; the date is the hall's (China's) day. */
function dayLabel(date: string, english: boolean): string {
  const [, month, day] = date.split('-').map(Number);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return english ? `${weekdays.en[weekday]} ${day}/${month}` : `${month}/${day} 周${weekdays.zh[weekday]}`;
}

/** 休 on a statutory holiday, 班 on a weekend worked for one (调休): as Chinese calendars mark them. */
function DayMark({ day }: { day: SlotDayView }) {
  const { t } = useTranslation('appointments');
  if (day.kind === 'holiday') return <span className="day-mark holiday">{t('holiday')}</span>;
  const weekend = [0, 6].includes(new Date(`${day.date}T00:00:00Z`).getUTCDay());
  return day.kind === 'workday' && weekend ? <span className="day-mark swap">{t('workdaySwap')}</span> : null;
}

/** The item's bookable days and their slots with places left; one tapped, then 确认预约. */
export function SlotPicker({ itemCode, onBooked }: { itemCode: string; onBooked: (booking: ReplyOf<'appointments.book'>) => void }) {
  const { t, i18n } = useTranslation('appointments');
  const kiosk = useKiosk();
  const [attempt, setAttempt] = useState(0);
  const slots = useRequest('appointments.slots', { itemCode }, attempt);
  const [dayIndex, setDayIndex] = useState<number | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const bookIt = useCallback(async (startsAt: string) => {
    try {
      onBooked(await kiosk.invoke('appointments.book', { itemCode, startsAt }));
    } catch (error) {
      // Someone may have taken the last place meanwhile: show the slots as they are now.
      setChosen(null);
      setAttempt((n) => n + 1);
      throw error;
    }
  }, [kiosk, itemCode, onBooked]);
  const [booking, book] = useAction(bookIt);
  if (slots.state === 'loading') return <Frame title={t('pickSlot')}><p className="waiting">{t('loading')}</p></Frame>;
  if (slots.state === 'failed') return <Frame title={t('pickSlot')}><ErrorPanel error={slots.error} testId="appointments-error" onRetry={() => setAttempt((n) => n + 1)} /></Frame>;
  const days = slots.value.days;
  const shown = dayIndex ?? Math.max(0, days.findIndex((d) => d.slots.some((s) => s.remaining > 0)));
  const day = days[shown];
  return (
    <Frame title={`${slots.value.itemName} · ${slots.value.groupName}`}>
      {booking.state === 'failed' && <ErrorPanel error={booking.error} testId="book-error" />}
      <div className="day-row" role="tablist">
        {days.map((d, i) => (
          <button key={d.date} type="button" role="tab" aria-selected={i === shown} className={i === shown ? 'day on' : 'day'} data-testid={`day-${d.date}`} onClick={() => { setDayIndex(i); setChosen(null); }}>
            {dayLabel(d.date, i18n.language === 'en')}
            <DayMark day={d} />
          </button>
        ))}
      </div>
      {day && day.slots.length === 0 && <p className="lead" data-testid="day-closed">{day.name ? `${day.name} · ` : ''}{t('closed')}</p>}
      <div className="slot-grid">
        {day?.slots.map((slot) => (
          <button key={slot.startsAt} type="button" className={slot.startsAt === chosen ? 'slot on' : 'slot'} data-testid={`slot-${formatClock(new Date(slot.startsAt))}`} disabled={slot.remaining === 0} onClick={() => setChosen(slot.startsAt)}>
            <span className="slot-time">{formatClock(new Date(slot.startsAt))}–{formatClock(new Date(slot.endsAt))}</span>
            <span className="slot-left">{slot.remaining > 0 ? t('left', { count: slot.remaining }) : t('full')}</span>
          </button>
        ))}
      </div>
      <button type="button" className="primary" data-testid="book-confirm" disabled={chosen === null || booking.state === 'busy'} onClick={() => chosen && book(chosen)}>
        {t('confirm')}
      </button>
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="screen appointments slot-picker">
      <h1>{title}</h1>
      {children}
    </section>
  );
}
