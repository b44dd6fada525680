import { describe, expect, it } from 'vitest';
import { KioskError } from '../../api/kiosk-error.js';
import { idCheckCharacter } from '../../../standards/id-number.js';
import { demoCatalog } from './demo/demo-catalog.js';
import { assertEligible, refusalsOf } from './eligibility.js';

const today = new Date(2026, 11, 2);
const idOf = (region: string, birth: string) => `${region}${birth}001${idCheckCharacter(`${region}${birth}001`)}`;
const items = (codes: string[]) => ({ items: codes.map((c) => demoCatalog.items.find((i) => i.code === c)).filter((i) => i !== undefined) });
const retirementEvent = demoCatalog.lifeEvents.find((e) => e.code === 'YJS-TX');

describe('eligibility of what a citizen chose', () => {
  it('refuses 退休一件事 to a 36-year-old for each of its items, each saying where to go instead', () => {
    const refused = refusalsOf(items(retirementEvent?.items ?? []), idOf('420106', '19900501'), today);
    expect(refused.map((r) => r.itemName)).toEqual(['职工基本养老保险退休申请', '退休人员医疗保险待遇核定', '住房公积金提取（退休）']);
    expect(refused.every((r) => r.instead.includes('12345'))).toBe(true);
  });

  it('lets a 60-year-old through and refuses nobody for an item without card conditions', () => {
    expect(refusalsOf(items(retirementEvent?.items ?? []), idOf('420106', '19660101'), today)).toEqual([]);
    expect(refusalsOf(items(['WH-GA-004']), idOf('110101', '20100101'), today)).toEqual([]);
  });

  it('refuses at submit with the reason in both languages, whatever the screen did', () => {
    const tryIt = () => assertEligible(items(['WH-RS-007']), idOf('420106', '19900501'), today, {});
    expect(tryIt).toThrow(KioskError);
    expect(tryIt).toThrow('本事项须年满 50 周岁，您现在 36 周岁');
  });
});
