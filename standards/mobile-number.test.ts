import { describe, expect, it } from 'vitest';
import { maskMobileNumber, mobileNumberPattern } from './mobile-number.js';

describe('mobile numbers', () => {
  it('takes 11 digits from 13 to 19 and masks the middle four', () => {
    expect(mobileNumberPattern.test('13800000000')).toBe(true);
    expect(mobileNumberPattern.test('12800000000')).toBe(false);
    expect(mobileNumberPattern.test('1380000000')).toBe(false);
    expect(maskMobileNumber('13812345678')).toBe('138****5678');
    expect(maskMobileNumber('123')).toBe('***');
  });
});
