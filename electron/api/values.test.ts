import { describe, expect, it } from 'vitest';
import { makeCaseNumber } from '../../standards/case-number.js';
import { requests } from './contract.js';

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

/** A case number typed on the query screen: one wrong character must not find someone else's case. */
describe("the 'case.query' request", () => {
  const schema = requests['case.query'].request;
  const real = makeCaseNumber('WH0001', '20261123', 17) ?? '';

  it('takes a real number as typed, in any case and spacing', () => {
    expect(schema.parse({ caseNumber: ` ${real.slice(0, 6).toLowerCase()} ${real.slice(6)} ` })).toEqual({ caseNumber: real });
  });

  it('refuses a number whose check character does not match, saying to check it against the receipt', () => {
    const typo = `${real.slice(0, 10)}${real[10] === '9' ? '8' : '9'}${real.slice(11)}`;
    expect(schema.safeParse({ caseNumber: typo }).error?.issues[0]?.message).toBe('办件编号有一位不对，请对照回执逐位核对');
  });
});
