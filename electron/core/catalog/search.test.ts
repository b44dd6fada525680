import { describe, expect, it } from 'vitest';
import { catalogOf } from './catalog-builder.js';

const catalog = catalogOf(undefined, { regionCode: '420102' });
const top = (query: string, uses?: ReadonlyMap<string, number>) => catalog.search(query, uses, 3).map((h) => h.code);

describe('as-you-type catalog search', () => {
  it.each([
    ['社保卡补', 'WH-RS-002'],
    ['shbzkbl', 'WH-RS-002'],
    ['补社保卡', 'WH-RS-002'],
    ['sbkbanli', 'WH-RS-004'],
    ['公积金', 'WH-GJJ-001'],
    ['gjj', 'WH-GJJ-001'],
    ['新生儿出生', 'YJS-XSECS'],
    ['xinshengerchusheng', 'YJS-XSECS'],
    ['开餐馆', 'YJS-KBCYD'],
    ['yyzz', 'WH-SC-001'],
    ['营业执照', 'WH-SC-001'],
    ['户籍证明', 'WH-GA-003'],
    ['无犯罪', 'WH-GA-005'],
    ['驾照', 'WH-GA-007'],
    ['yidijiuyi', 'WH-YB-003'],
    ['低保', 'WH-MZ-002'],
  ])('"%s" puts %s first', (query, code) => {
    expect(top(query)[0]).toBe(code);
  });

  it('answers 社保卡, shebaoka, sbk and shebao卡 alike, with 社保卡 items only', () => {
    const spellings = ['社保卡', 'shebaoka', 'sbk', 'shebao卡'].map((q) => top(q));
    // Three hits, not an empty list that would equal itself under every spelling.
    expect(spellings[0]).toHaveLength(3);
    for (const found of spellings) expect(found).toEqual(spellings[0]);
    for (const code of spellings[0] ?? []) expect(['WH-RS-002', 'WH-RS-004', 'WH-RS-005', 'WH-RS-006', 'YJS-SBK']).toContain(code);
  });

  it('reads polyphones either way: 银行 as yinhang, 重 as zhong or chong', () => {
    const bank = catalogOf({ items: [{ ...catalog.get('WH-RS-002'), code: 'T-1', name: '重庆银行开户' }], lifeEvents: [], benefits: [] });
    expect(bank.search('yinhang').map((h) => h.code)).toEqual(['T-1']);
    expect(bank.search('zhongqing').map((h) => h.code)).toEqual(['T-1']);
    expect(bank.search('chongqing').map((h) => h.code)).toEqual(['T-1']);
  });

  it('finds the same thing at every keystroke of a word being typed', () => {
    for (const prefix of ['s', 'sh', 'she', 'sheb', 'sheba', 'shebao', 'shebaok', 'shebaoka']) {
      expect(catalog.search(prefix, undefined, 50).map((h) => h.code)).toContain('WH-RS-002');
    }
  });

  it('does not offer items of another city', () => {
    expect(top('危房')).toEqual([]);
    // The item exists and is found where it is offered: the empty answer above is the region's doing.
    expect(catalogOf(undefined, { regionCode: '420702' }).search('危房').map((h) => h.code)).toContain('EZ-LZH-001');
  });

  it('moves an item used often on this terminal ahead of an equal match', () => {
    const plain = top('社保卡');
    const used = top('社保卡', new Map([['WH-RS-005', 40]]));
    expect(plain[0]).not.toBe('WH-RS-005');
    expect(used[0]).toBe('WH-RS-005');
  });

  it('answers nothing for nothing typed, and nothing for nonsense', () => {
    expect(top('')).toEqual([]);
    expect(top('qqqqxz')).toEqual([]);
  });
});
