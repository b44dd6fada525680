import { describe, expect, it } from 'vitest';
import { workingDaysAfter } from './working-days.js';

describe('a 容缺 deadline in working days', () => {
  it('skips the weekend', () => {
    // Friday 2026-11-27 in Wuhan: five working days later is the next Friday.
    expect(workingDaysAfter(new Date('2026-11-27T02:00:00Z'), 5)).toBe('2026-12-04');
    expect(workingDaysAfter(new Date('2026-11-27T02:00:00Z'), 1)).toBe('2026-11-30');
  });

  it('counts from the lobby day, not the machine’s UTC day', () => {
    // 23:30 UTC on Sunday is already Monday 07:30 in Wuhan.
    expect(workingDaysAfter(new Date('2026-11-29T23:30:00Z'), 10)).toBe('2026-12-14');
  });
});
