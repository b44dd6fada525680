import { describe, expect, it } from 'vitest';
import { popularCodes, popularFor } from './browse.js';

const offered = ['A-001', 'B-001', 'C-001', 'D-001'];

describe('热门事项', () => {
  it('puts what was asked for most first', () => {
    expect(popularCodes(offered, new Map([['C-001', 5], ['A-001', 2], ['D-001', 9]]))).toEqual(['D-001', 'C-001', 'A-001']);
  });

  it('keeps the catalog order between equal counts, so the list does not shuffle between visits', () => {
    expect(popularCodes(offered, new Map([['D-001', 3], ['B-001', 3]]))).toEqual(['B-001', 'D-001']);
  });

  it('lists nothing never asked for, and nothing the terminal no longer offers', () => {
    expect(popularCodes(offered, new Map())).toEqual([]);
    expect(popularCodes(offered, new Map([['GONE-001', 40], ['A-001', 0]]))).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(popularCodes(offered, new Map(offered.map((c, i) => [c, i + 1])), 2)).toEqual(['D-001', 'C-001']);
  });
});

describe('热门事项 of the region', () => {
  const local = new Map([['A-001', 5]]);

  it('follows the platform’s count for the region, leaving out what this terminal does not offer', () => {
    expect(popularFor(offered, ['GONE-001', 'C-001', 'B-001'], local)).toEqual({ codes: ['C-001', 'B-001'], from: 'region' });
  });

  it('falls back to this terminal’s own counts when the region has none it offers', () => {
    expect(popularFor(offered, [], local)).toEqual({ codes: ['A-001'], from: 'terminal' });
    expect(popularFor(offered, ['GONE-001'], local)).toEqual({ codes: ['A-001'], from: 'terminal' });
  });
});
