import { describe, expect, it } from 'vitest';
import type { BenefitRule } from './catalog/benefit.js';
import { benefitsOf } from './benefits.js';

const xiang = { cardType: 'resident' as const, name: '向建国', idNumber: '420111195803061233', source: 'card' as const };
const rules: BenefitRule[] = [
  { code: 'MS-LNCC', name: '老年人免费乘坐公交地铁', department: '交通局', notice: '免费乘车', region: '420100', when: { minAge: 65 } },
  { code: 'MS-JMYL', name: '居民养老金', department: '人社局', notice: '按月发放', region: '420100', when: { minAge: 60, lacks: ['retirementCert'] } },
];
const today = new Date('2026-11-23T12:00:00Z');

describe('免申即享 for the citizen at the screen', () => {
  it('names every benefit due, judged with their e-certificates', () => {
    const answer = benefitsOf(rules, xiang, [], '420111', today);
    expect(answer).toEqual({ certificatesChecked: true, benefits: [expect.objectContaining({ code: 'MS-LNCC' }), expect.objectContaining({ code: 'MS-JMYL', notice: '按月发放' })] });
  });

  it('without e-certificates promises only what does not depend on them', () => {
    expect(benefitsOf(rules, xiang, undefined, '420111', today)).toEqual({ certificatesChecked: false, benefits: [expect.objectContaining({ code: 'MS-LNCC' })] });
  });
});
