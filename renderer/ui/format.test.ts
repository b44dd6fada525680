import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatInstant, promisedTime } from './format.js';

describe('format', () => {
  it('shows Beijing time whatever zone the OS is set to', () => {
    expect(formatInstant('2026-11-23T09:41:00+08:00')).toBe('2026年11月23日 09:41');
    expect(formatInstant('2026-11-23T16:30:00Z')).toBe('2026年11月24日 00:30');
    expect(formatDay(new Date('2026-11-23T01:00:00Z'))).toBe('2026年11月23日 星期一');
    expect(formatClock(new Date('2026-11-23T01:05:00Z'))).toBe('09:05');
  });

  it('leaves an unparseable instant as it came', () => {
    expect(formatInstant('yesterday')).toBe('yesterday');
  });

  it('says 当场办结 for a zero-day item', () => {
    expect(promisedTime(0)).toBe('当场办结');
    expect(promisedTime(5)).toBe('承诺时限 5 个工作日');
  });

  it('says the same Beijing date and time in English', () => {
    expect(formatDay(new Date('2026-11-23T16:30:00Z'), 'en')).toBe('Tuesday, 24 November 2026');
    expect(formatInstant('2026-11-23T09:41:00+08:00', 'en')).toBe('23 November 2026 09:41');
    expect(promisedTime(1, 'en')).toBe('Promised within 1 working day');
  });
});
