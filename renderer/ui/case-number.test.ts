import { describe, expect, it } from 'vitest';
import { caseNumberInScan, groupCaseNumber } from './case-number.js';

describe('groupCaseNumber', () => {
  it('splits a terminal case number into terminal, year, day, sequence and check', () => {
    expect(groupCaseNumber('WH00012026112300017K')).toEqual(['WH0001', '2026', '1123', '00017', 'K']);
  });

  it('accepts the number as a citizen may have typed it', () => {
    expect(groupCaseNumber('WH0001 2026-1123 00017 K')).toEqual(['WH0001', '2026', '1123', '00017', 'K']);
  });

  it('leaves a number of another shape (an official platform number) whole', () => {
    expect(groupCaseNumber('HB2026-000123')).toEqual(['HB2026-000123']);
  });
});

describe('caseNumberInScan', () => {
  it('takes the bare number the receipt QR holds, and finds one inside a link', () => {
    expect(caseNumberInScan('WH00012026112300017K')).toBe('WH00012026112300017K');
    expect(caseNumberInScan('https://zwfw.example.cn/query?case=wh00012026112300017k')).toBe('WH00012026112300017K');
  });

  it('leaves text with no case number in it as typed', () => {
    expect(caseNumberInScan(' 12345 ')).toBe('12345');
  });
});
