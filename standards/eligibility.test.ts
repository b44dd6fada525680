import { describe, expect, it } from 'vitest';
import { unmetConditions, unmetWords, type EligibilityRule } from './eligibility.js';
import { idCheckCharacter } from './id-number.js';

const today = new Date(2026, 11, 2);
/** A valid resident number registered in `region`, born on `birth` (YYYYMMDD). */
const idOf = (region: string, birth: string) => `${region}${birth}001${idCheckCharacter(`${region}${birth}001`)}`;
const wuhan36 = idOf('420106', '19900501');
const retirement: EligibilityRule = { minAge: 50 };
const wuhanOnly: EligibilityRule = { registeredIn: { code: '420100', name: '武汉市' } };

describe('受理条件 checked against the card', () => {
  it('tells a 36-year-old the age the item needs and the age the card shows', () => {
    const unmet = unmetConditions(retirement, wuhan36, today);
    expect(unmet).toEqual([{ kind: 'minAge', min: 50, age: 36 }]);
    expect(unmetWords(unmet[0] ?? { kind: 'unverifiable' }).zh).toBe('本事项须年满 50 周岁，您现在 36 周岁');
  });

  it('lets in someone whose birthday makes them old enough today, not the day before', () => {
    expect(unmetConditions(retirement, idOf('420106', '19761202'), today)).toEqual([]);
    expect(unmetConditions(retirement, idOf('420106', '19761203'), today)).toEqual([{ kind: 'minAge', min: 50, age: 49 }]);
  });

  it('reads the household region from the number: a district of the city passes, another city does not', () => {
    expect(unmetConditions(wuhanOnly, wuhan36, today)).toEqual([]);
    expect(unmetConditions(wuhanOnly, idOf('420702', '19900501'), today)).toEqual([{ kind: 'region', regionName: '武汉市' }]);
  });

  it('cannot read age from a number that is not a resident ID, and says so instead of guessing', () => {
    expect(unmetConditions(retirement, 'A12345678', today)).toEqual([{ kind: 'unverifiable' }]);
    expect(unmetConditions({}, 'A12345678', today)).toEqual([]);
  });

  it('checks answers only when given them, and an unanswered condition is unmet', () => {
    const rule: EligibilityRule = { answers: [{ key: 'work.kind', label: '参保类型', oneOf: ['employee'] }] };
    expect(unmetConditions(rule, wuhan36, today)).toEqual([]);
    expect(unmetConditions(rule, wuhan36, today, { 'work.kind': 'employee' })).toEqual([]);
    expect(unmetConditions(rule, wuhan36, today, {})).toEqual([{ kind: 'answer', key: 'work.kind', label: '参保类型' }]);
  });
});
