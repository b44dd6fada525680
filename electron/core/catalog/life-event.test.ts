import { describe, expect, it } from 'vitest';
import { catalogOf } from './catalog-builder.js';
import { fanOut } from './life-event.js';

const catalog = catalogOf();

describe('一件事 bundles', () => {
  it('asks a field several items share once: 新生儿出生 asks the child\'s birth date once for three items', () => {
    const { items, joined } = catalog.lifeEvent('YJS-XSECS');
    expect(items.filter((i) => i.form.fields.some((f) => f.key === 'child.birthDate'))).toHaveLength(3);
    expect(joined.fields.filter((f) => f.key === 'child.birthDate')).toHaveLength(1);
    expect(joined.materials.filter((m) => m.key === 'material.idCard')).toHaveLength(1);
  });

  it('keeps a material required when any item requires it, and 容缺 only when none does', () => {
    const { joined } = catalog.lifeEvent('YJS-KBCYD');
    expect(joined.materials.find((m) => m.key === 'material.premisesProof')?.necessity).toBe('owed');
    expect(joined.materials.find((m) => m.key === 'material.idCard')?.necessity).toBe('required');
  });

  it('makes a material owed to several items due by the earliest of their deadlines', () => {
    const { items, joined } = catalog.lifeEvent('YJS-KBCYD');
    const deadlines = items.flatMap((i) => i.materials.filter((m) => m.key === 'material.premisesProof').map((m) => m.owedWorkingDays));
    expect(new Set(deadlines).size).toBeGreaterThan(1);
    expect(joined.materials.find((m) => m.key === 'material.premisesProof')?.owedWorkingDays).toBe(1);
  });

  it('fans the answers out into one answer set per item, each with only its own keys', () => {
    const { items } = catalog.lifeEvent('YJS-XSECS');
    const answers = { 'applicant.phone': '13800000000', 'child.name': '陈小宝', 'child.birthDate': '2026-11-01', 'child.sex': 'female', 'insured.idNumber': '' };
    const cases = fanOut(items, answers);
    expect(cases.map((c) => c.itemCode)).toEqual(['WH-WJ-001', 'WH-WJ-002', 'WH-GA-001', 'WH-YB-001', 'WH-RS-004']);
    expect(cases[0]?.answers).toEqual({ 'applicant.phone': '13800000000', 'child.name': '陈小宝', 'child.birthDate': '2026-11-01', 'child.sex': 'female' });
    expect(cases[4]?.answers).toEqual({ 'applicant.phone': '13800000000' });
  });

  it('offers at least thirty items and the seeds\' bundles in the demo catalog', () => {
    expect(catalog.list().length).toBeGreaterThanOrEqual(30);
    expect(catalog.lifeEvents().map((e) => e.name)).toEqual(['新生儿出生一件事', '开办餐饮店一件事', '退休一件事', '社会保障卡居民服务一件事']);
  });
});
