import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codeFromLine, decodeCodeBytes, symbologyOfAim } from './scanned-code.js';

describe('decodeCodeBytes', () => {
  it('reads UTF-8 QR content as UTF-8', () => {
    expect(decodeCodeBytes(Buffer.from('武汉市江岸区 case', 'utf8'))).toBe('武汉市江岸区 case');
  });

  it('reads content that is not UTF-8 as GB18030, so an older encoder’s Chinese survives', () => {
    expect(decodeCodeBytes(iconv.encode('武汉市江岸区', 'gb18030'))).toBe('武汉市江岸区');
  });
});

describe('codeFromLine', () => {
  it('splits the AIM identifier a serial scanner puts first, and names the symbology', () => {
    expect(codeFromLine(Buffer.from(']Q1WH0001'), true)).toEqual({ text: 'WH0001', symbology: 'QR', aim: ']Q1' });
    expect(codeFromLine(Buffer.from(']E06901234567892'), true)).toMatchObject({ text: '6901234567892', symbology: 'EAN/UPC' });
  });

  it('leaves text alone when the scanner sends no identifier', () => {
    expect(codeFromLine(Buffer.from(']Q1WH0001'), false)).toEqual({ text: ']Q1WH0001' });
    expect(codeFromLine(Buffer.from('WH0001'), true)).toEqual({ text: 'WH0001' });
    expect(symbologyOfAim('Q1x')).toBeUndefined();
  });
});
