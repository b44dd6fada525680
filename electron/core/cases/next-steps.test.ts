import { describe, expect, it } from 'vitest';
import { catalogOf } from '../catalog/catalog-builder.js';
import { nextSteps } from './next-steps.js';

const catalog = catalogOf();
// A Friday morning in Wuhan: working days skip the weekend.
const acceptedAt = new Date('2026-11-27T02:00:00Z');

describe('what the citizen is told comes after 提交', () => {
  it('names the owed material with its catalog deadline and the place to bring it, the result and whom to call', () => {
    const wanted = catalog.applicable('WH-SWJ-001');
    const sewer = catalog.get('WH-SWJ-001');
    const owed = sewer.materials.filter((m) => m.necessity === 'owed').map((material) => ({ material, workingDays: material.owedWorkingDays ?? 0 }));
    const cases = [{ caseNumber: 'WH00012026112700001X', itemCode: sewer.code, itemName: sewer.name }];
    const next = nextSteps({ wanted, cases, owed, cardRead: true, acceptedAt });
    expect(next.owed).toEqual([{ name: '隔油设施说明', dueBy: '2026-12-04', place: sewer.place, hours: sewer.hours }]);
    expect(next.cases).toEqual([
      { caseNumber: cases[0]?.caseNumber, itemCode: sewer.code, itemName: sewer.name, department: '武汉市水务局', phone: '027-12345', promisedDays: 5, promisedBy: '2026-12-04', resultName: sewer.result.name, delivery: sewer.result.delivery },
    ]);
    expect(next).toMatchObject({ keep: cases[0]?.caseNumber, returnIdCard: true });
  });

  it('asks for the card back only when one was read, and calls an on-the-spot item done on the spot', () => {
    const wanted = catalog.applicable('WH-MZ-003');
    const cases = [{ caseNumber: 'WH00012026112700002X', itemCode: 'WH-MZ-003', itemName: '婚姻登记预约' }];
    const next = nextSteps({ wanted, cases, owed: [], cardRead: false, acceptedAt });
    expect(next.returnIdCard).toBe(false);
    expect(next.cases[0]?.promisedBy).toBeNull();
  });

  it('gives each case of a 一件事 its own department and keeps the first number', () => {
    const wanted = catalog.applicable('YJS-XSECS');
    const cases = wanted.items.map((item, i) => ({ caseNumber: `WH0001202611270000${i + 3}X`, itemCode: item.code, itemName: item.name }));
    const next = nextSteps({ wanted, cases, owed: [], cardRead: true, acceptedAt });
    expect(next.cases.map((c) => c.department)).toEqual(wanted.items.map((item) => item.department));
    expect(next.keep).toBe(cases[0]?.caseNumber);
  });
});
