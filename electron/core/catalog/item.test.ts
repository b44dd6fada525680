import { describe, expect, it } from 'vitest';
import { demoCatalog } from './demo/demo-catalog.js';
import { itemSchema, type CatalogItem } from './item.js';

/** 社会保障卡补领: promised in 5 working days, its photo owed within 3. */
const item = demoCatalog.items.find((i) => i.code === 'WH-RS-002') as CatalogItem;
const withPhoto = (change: Record<string, unknown>) => ({
  ...item,
  materials: item.materials.map((m) => (m.key === 'material.photo' ? { ...m, ...change } : m)),
});

describe('a catalog item\'s 容缺 deadline', () => {
  it('is the catalog\'s one rule: an owed material names it, and it cannot fall after the promised result', () => {
    expect(itemSchema.safeParse(item).success).toBe(true);
    expect(itemSchema.safeParse(withPhoto({ owedWorkingDays: undefined })).error?.issues[0]?.message).toContain('owedWorkingDays');
    expect(itemSchema.safeParse(withPhoto({ owedWorkingDays: 15 })).error?.issues[0]?.message).toContain('不得晚于承诺办结时限');
    expect(itemSchema.safeParse(withPhoto({ necessity: 'required' })).success).toBe(false);
  });
});

describe('a catalog item\'s fees', () => {
  const withFee = (fee: Record<string, unknown>) => ({ ...item, fees: [{ name: '工本费', basis: '鄂价费', ...fee }] });

  it('are integer fen', () => {
    expect(itemSchema.parse(withFee({ amountFen: 2000 })).fees[0]?.amountFen).toBe(2000);
    expect(itemSchema.safeParse(withFee({ amountFen: 20.5 })).success).toBe(false);
  });

  it('read a bundle signed when fees were 元 (10.5) as fen, digit by digit', () => {
    expect(itemSchema.parse(withFee({ amountYuan: 10.5 })).fees[0]?.amountFen).toBe(1050);
    expect(itemSchema.safeParse(withFee({ amountYuan: 0.001 })).success).toBe(false);
  });
});
