import { describe, expect, it } from 'vitest';
import { calendarDay } from './calendar.js';
import { bookableDays, slotsOfDay } from './slots.js';

const hall = { slotMinutes: 30, bookingDays: 10, hours: { workday: { opens: '09:00', closes: '12:00' }, weekend: null } };
const at = (time: string): number => Date.parse(time);

describe('the statutory calendar', () => {
  it('closes the hall on holidays, whatever the weekday', () => {
    expect(calendarDay('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(calendarDay('2026-02-16')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(calendarDay('2027-02-05')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(slotsOfDay(hall, calendarDay('2026-10-05'))).toEqual([]);
  });

  it('opens on 调休 weekends with workday hours, and not on ordinary weekends', () => {
    expect(calendarDay('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节调休' });
    expect(calendarDay('2026-02-14')).toMatchObject({ kind: 'workday', name: '春节调休' });
    expect(slotsOfDay(hall, calendarDay('2026-10-10')).map((s) => s.startsAt)).toEqual([
      '2026-10-10T09:00:00+08:00',
      '2026-10-10T09:30:00+08:00',
      '2026-10-10T10:00:00+08:00',
      '2026-10-10T10:30:00+08:00',
      '2026-10-10T11:00:00+08:00',
      '2026-10-10T11:30:00+08:00',
    ]);
    expect(calendarDay('2026-10-11')).toEqual({ date: '2026-10-11', kind: 'weekend', name: null });
    expect(slotsOfDay(hall, calendarDay('2026-10-11'))).toEqual([]);
    expect(slotsOfDay({ ...hall, hours: { ...hall.hours, weekend: { opens: '09:00', closes: '10:00' } } }, calendarDay('2026-10-11'))).toHaveLength(2);
  });

  it('offers, from the eve of 国庆, only slots not begun and no holiday, then the 调休 Saturday', () => {
    const days = bookableDays(hall, at('2026-09-30T10:10:00+08:00'));
    expect(days.map((d) => [d.day.date, d.day.kind, d.slots.length])).toEqual([
      ['2026-09-30', 'workday', 3],
      ['2026-10-01', 'holiday', 0],
      ['2026-10-02', 'holiday', 0],
      ['2026-10-03', 'holiday', 0],
      ['2026-10-04', 'holiday', 0],
      ['2026-10-05', 'holiday', 0],
      ['2026-10-06', 'holiday', 0],
      ['2026-10-07', 'holiday', 0],
      ['2026-10-08', 'workday', 6],
      ['2026-10-09', 'workday', 6],
    ]);
  });

  it('reads China\'s day, not UTC\'s: 07:00 in Wuhan is still the night before in UTC', () => {
    const [first] = bookableDays(hall, at('2026-10-08T07:00:00+08:00'));
    expect(first?.day.date).toBe('2026-10-08');
    expect(first?.slots[0]?.startsAt).toBe('2026-10-08T09:00:00+08:00');
  });
});
