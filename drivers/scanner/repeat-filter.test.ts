import { describe, expect, it } from 'vitest';
import { RepeatFilter } from './repeat-filter.js';

describe('RepeatFilter', () => {
  it('counts the same code scanned twice within the window once', () => {
    const filter = new RepeatFilter(1000);
    expect(filter.admit('WH-RS-001', 0)).toBe(true);
    expect(filter.admit('WH-RS-001', 400)).toBe(false);
  });

  it('counts a code held under the scanner once, however long it is held', () => {
    const filter = new RepeatFilter(1000);
    const admitted = [0, 800, 1600, 2400, 3200].filter((at) => filter.admit('A', at));
    expect(admitted).toEqual([0]);
  });

  it('takes the same code again after the window, and a different code at once', () => {
    const filter = new RepeatFilter(1000);
    expect(filter.admit('A', 0)).toBe(true);
    expect(filter.admit('B', 10)).toBe(true);
    expect(filter.admit('A', 20)).toBe(true);
    expect(filter.admit('A', 1100)).toBe(true);
  });
});
