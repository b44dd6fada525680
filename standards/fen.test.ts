import { describe, expect, it } from 'vitest';
import { fenOfYuanText, isFen, yuanSign, yuanText } from './fen.js';

describe('fen', () => {
  it('writes 元 from the digits', () => {
    expect(yuanText(0)).toBe('0.00');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(1050)).toBe('10.50');
    expect(yuanSign(123_456_78)).toBe('¥123456.78');
  });

  it('reads an older catalog’s 元 text digit by digit', () => {
    expect(fenOfYuanText('10.5')).toBe(1050);
    expect(fenOfYuanText('0')).toBe(0);
    expect(fenOfYuanText('20.05')).toBe(2005);
    expect(fenOfYuanText('1.005')).toBeUndefined();
    expect(fenOfYuanText('-1')).toBeUndefined();
  });

  it('takes only whole, non-negative, bounded amounts', () => {
    expect(isFen(0.1 + 0.2)).toBe(false);
    expect(isFen(-1)).toBe(false);
    expect(isFen(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(() => yuanText(12.5)).toThrow(RangeError);
  });
});
