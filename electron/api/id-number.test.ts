import { describe, expect, it } from 'vitest';
import { requests } from './contract.js';
import { idNumberProblem } from './id-number.js';

const today = new Date('2026-11-23T00:00:00Z');

/** What the identify screen tells a citizen who typed each of these. */
describe('idNumberProblem', () => {
  it.each([
    ['11010519491231002X', undefined],
    ['11010519491231002x', undefined],
    ['110105 19491231 002X', undefined],
    ['1101051949123100', 'length'],
    ['11010519491231002X1', 'length'],
    ['1101051949123100X2', 'characters'],
    ['110105194902300021', 'birthDate'],
    ['110105209901010021', 'birthDate'],
    ['110105194912310021', 'checkDigit'],
  ])('%s → %s', (typed, problem) => {
    expect(idNumberProblem(typed, today)).toBe(problem);
  });
});

/** The core checks again whatever the screen checked: a request from elsewhere gets the same words. */
describe("the 'identity.typed' request", () => {
  const schema = requests['identity.typed'].request;

  it('takes a valid number in any case and spacing, and a Chinese name', () => {
    expect(schema.parse({ idNumber: '110105 19491231 002x', name: ' 陈晓欣 ' })).toEqual({ idNumber: '11010519491231002X', name: '陈晓欣' });
  });

  it('refuses a wrong check digit with the plain message, and a name with digits', () => {
    expect(schema.safeParse({ idNumber: '110105194912310021', name: '陈晓欣' }).error?.issues[0]?.message).toBe('最后一位校验不对，请核对');
    expect(schema.safeParse({ idNumber: '11010519491231002X', name: '陈3' }).success).toBe(false);
  });
});
