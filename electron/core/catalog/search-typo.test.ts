import { describe, expect, it } from 'vitest';
import { catalogOf } from './catalog-builder.js';
import { typoDistance } from './search-typo.js';

const catalog = catalogOf(undefined, { regionCode: '420102' });
const top = (query: string) => catalog.search(query, undefined, 3).map((h) => h.code);
const socialSecurityCard = ['WH-RS-002', 'WH-RS-004', 'WH-RS-005', 'WH-RS-006', 'YJS-SBK'];
/** 社保卡: each character with its readings, as the index holds them. */
const sbk = { chars: ['社', '保', '卡'], readings: [['she'], ['bao'], ['ka', 'qia']], initials: ['s', 'b', 'kq'] };

describe('pinyin typed with a slip', () => {
  it.each([
    ['shebaika', 'a letter changed'],
    ['shebaka', 'a letter dropped'],
    ['sehbaoka', 'two letters swapped'],
    ['sheebaoka', 'a letter doubled'],
  ])('"%s" (%s) still finds 社保卡 items', (query) => {
    const found = top(query);
    expect(found).toHaveLength(3);
    for (const code of found) expect(socialSecurityCard).toContain(code);
  });

  it('measures the slip against the start of the spelled-out readings, trying each reading of a polyphone', () => {
    expect(typoDistance('shebaoka', sbk, 1)).toBe(0);
    expect(typoDistance('shebaika', sbk, 1)).toBe(1);
    expect(typoDistance('shebaoqi', sbk, 1)).toBe(0);
    expect(typoDistance('shebai', sbk, 1)).toBe(1);
    expect(typoDistance('sehbaoka', sbk, 1)).toBe(1);
    expect(typoDistance('baoka', sbk, 1)).toBe(0);
    expect(typoDistance('xebaoka', sbk, 2)).toBeUndefined();
    expect(typoDistance('shubiaoka', sbk, 1)).toBeUndefined();
  });

  it('forgives nothing in a short query, where a slip is another word: sbk is initials, not a typo', () => {
    expect(typoDistance('sbk', sbk, 0)).toBeUndefined();
    expect(top('sbx')).toEqual([]);
  });

  it('never puts a near miss above what was typed right', () => {
    const right = catalog.search('shebaoka', undefined, 20);
    expect(right.length).toBeGreaterThan(0);
    expect(catalog.search('shebaika', undefined, 20).every((hit) => hit.score < Math.min(...right.map((r) => r.score)))).toBe(true);
  });

  it('still answers nothing for nonsense', () => {
    expect(top('qqqqxz')).toEqual([]);
    expect(top('zzzzzzzzzz')).toEqual([]);
  });
});
