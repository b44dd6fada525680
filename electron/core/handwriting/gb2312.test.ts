import { describe, expect, it } from 'vitest';
import { level2Names } from '../../../tests/fixtures/level2-names.js';
import { gb2312Characters, gb2312Level } from './gb2312.js';

describe('GB2312 levels', () => {
  it('has 3755 characters in level 1 and 3008 in level 2', () => {
    expect(gb2312Characters(1)).toHaveLength(3755);
    expect(gb2312Characters(2)).toHaveLength(3008);
  });

  it('tells level 1 from level 2, and GBK-only characters from both', () => {
    expect(gb2312Level('王')).toBe(1);
    expect(gb2312Level('婕')).toBe(2);
    expect(gb2312Level('翊')).toBe(2);
    // GBK's extension: iconv-lite's "gb2312" encodes them, GB2312 itself has no place for them.
    expect(gb2312Level('赟')).toBeUndefined();
    expect(gb2312Level('玥')).toBeUndefined();
    expect(gb2312Level('A')).toBeUndefined();
  });

  it('every name of the accuracy set has a level-2 character and none outside GB2312', () => {
    expect(level2Names.length).toBeGreaterThanOrEqual(100);
    for (const name of level2Names) {
      const levels = [...name].map(gb2312Level);
      expect(levels, name).toContain(2);
      expect(levels, name).not.toContain(undefined);
    }
  });
});
