import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateBounds } from '../../api.js';

type DatePickerProps = { label: string; value: string; bounds: DateBounds; onChange: (value: string) => void };

const pad = (n: number): string => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
/** Weekday of a lobby date, Monday 0 … Sunday 6, as Chinese calendars start the week. */
const weekdayOf = (iso: string): number => (new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7;
const monthOf = (iso: string): [number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];

function allowed(iso: string, bounds: DateBounds): boolean {
  if (bounds.earliest !== null && iso < bounds.earliest) return false;
  if (bounds.latest !== null && iso > bounds.latest) return false;
  return !bounds.workingDaysOnly || weekdayOf(iso) < 5;
}

/** The month first shown: the chosen day's, else the first day allowed, else this month. */
function startMonth(value: string, bounds: DateBounds): [number, number] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return monthOf(value);
  if (bounds.earliest !== null && bounds.earliest > bounds.today) return monthOf(bounds.earliest);
  if (bounds.latest !== null && bounds.latest < bounds.today) return monthOf(bounds.latest);
  return monthOf(bounds.today);
}

/**
 * A month of days to touch, offering only the days the item takes (the core's bounds, which it
 * checks again): nothing to type, no format to get wrong. Typing stays possible for a scanner or
 * a birth date decades back.
 */
export function DatePicker({ label, value, bounds, onChange }: DatePickerProps) {
  const { t } = useTranslation('apply');
  const [[year, month], setMonth] = useState(() => startMonth(value, bounds));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = isoOf(year, month, 1);
  const last = isoOf(year, month, days);
  const step = (by: number): void => setMonth(([y, m]) => (m + by < 1 ? [y - 1, 12] : m + by > 12 ? [y + 1, 1] : [y, m + by]));
  return (
    <div className="date-picker" data-testid="date-picker" role="group" aria-label={t('datePicker', { label })}>
      <div className="date-picker-head">
        <button type="button" className="secondary" data-testid="date-prev-month" aria-label={t('previousMonth')} disabled={bounds.earliest !== null && first <= bounds.earliest} onClick={() => step(-1)}>
          ‹
        </button>
        <span className="date-picker-month" data-testid="date-month" aria-live="polite">
          {t('month', { year, month })}
        </span>
        <button type="button" className="secondary" data-testid="date-next-month" aria-label={t('nextMonth')} disabled={bounds.latest !== null && last >= bounds.latest} onClick={() => step(1)}>
          ›
        </button>
      </div>
      <div className="date-picker-grid">
        {[...t('weekdays')].map((name, i) => (
          <span key={i} className="date-picker-weekday" aria-hidden="true">
            {name}
          </span>
        ))}
        {Array.from({ length: weekdayOf(first) }, (_, i) => (
          <span key={`gap-${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const iso = isoOf(year, month, i + 1);
          return (
            <button
              key={iso}
              type="button"
              className={iso === value ? 'date-day date-day-on' : 'date-day'}
              data-testid={`date-day-${iso}`}
              aria-pressed={iso === value}
              aria-label={t('dayName', { year, month, day: i + 1 })}
              disabled={!allowed(iso, bounds)}
              onClick={() => onChange(iso)}
            >
              {i + 1}
            </button>
          );
        })}
      </div>
    </div>
  );
}
