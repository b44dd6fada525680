import { describe, expect, it } from 'vitest';
import type { CatalogField } from '../catalog/item.js';
import { dateBounds } from './date-rule.js';
import { problemWith } from './field-check.js';

const appointment: CatalogField = { key: 'appointment.date', label: '预约日期', type: 'date', required: true, validation: { dates: { fromDays: 1, toDays: 30, workingDaysOnly: true } } };
const anyDay: CatalogField = { key: 'period.from', label: '起始月份', type: 'date', required: true };
// Wednesday 2 December 2026, 23:30 in Wuhan (15:30 UTC): the lobby's day, not the machine's.
const now = new Date('2026-12-02T15:30:00Z');

describe('a date answer', () => {
  it('says a day that does not exist is no day, not that the format is wrong', () => {
    expect(problemWith(anyDay, '2026-02-30', now)?.zh).toBe('“起始月份”没有这一天：2026-02-30 不存在');
    expect(problemWith(anyDay, '2026/02/03', now)?.zh).toBe('“起始月份”应为 年-月-日，如 2026-12-07');
    expect(problemWith(anyDay, '2024-02-29', now)).toBeUndefined();
  });

  it('holds an appointment to working days from tomorrow for a month, by the catalog', () => {
    expect(problemWith(appointment, '2026-12-02', now)?.zh).toBe('“预约日期”最早可选 2026年12月3日');
    expect(problemWith(appointment, '2020-01-06', now)?.zh).toContain('最早可选');
    expect(problemWith(appointment, '2026-12-06', now)?.zh).toBe('“预约日期”须为工作日（周一至周五），2026年12月6日是周末');
    expect(problemWith(appointment, '2027-01-02', now)?.zh).toBe('“预约日期”最晚可选 2027年1月1日');
    expect(problemWith(appointment, '2026-12-07', now)).toBeUndefined();
  });

  it('gives the screen the same bounds, as lobby dates', () => {
    expect(dateBounds(appointment, now)).toEqual({ today: '2026-12-02', earliest: '2026-12-03', latest: '2027-01-01', workingDaysOnly: true });
    expect(dateBounds(anyDay, now)).toEqual({ today: '2026-12-02', earliest: null, latest: null, workingDaysOnly: false });
  });
});
