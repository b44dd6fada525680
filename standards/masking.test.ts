import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName } from './masking.js';

describe('masking', () => {
  it('keeps the first and last character of a name', () => {
    expect(maskName('陈晓欣')).toBe('陈*欣');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李四')).toBe('李*');
  });

  it('keeps the first and last four of an ID number', () => {
    expect(maskIdNumber('420102199003070010')).toBe('4201**********0010');
    expect(maskIdNumber('12345678')).toBe('********');
  });
});
