import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as escpos from './escpos.js';
import { code128Modules, code128Segments } from './code128.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('ESC/POS commands, byte for byte', () => {
  it.each([
    ['initialize', escpos.initialize(), '1b40'],
    ['Chinese mode', escpos.chineseMode(), '1c26'],
    ['line feed', escpos.lineFeed(), '0a'],
    ['align centre', escpos.align('center'), '1b6101'],
    ['align right', escpos.align('right'), '1b6102'],
    ['bold on', escpos.bold(true), '1b4501'],
    ['underline 2 dots', escpos.underline(2), '1b2d02'],
    ['double width and height', escpos.characterSize(2, 2), '1d2111'],
    ['double height only', escpos.characterSize(1, 2), '1d2101'],
    ['line spacing 30 dots', escpos.lineSpacing(30), '1b331e'],
    ['feed 3 lines', escpos.feed(3), '1b6403'],
    ['partial cut after feeding', escpos.cut('partial'), '1d564200'],
    ['full cut after feeding', escpos.cut('full'), '1d564100'],
    ['paper sensor status', escpos.realtimeStatus(4), '100404'],
  ])('%s', (_name, bytes, expected) => {
    expect(hex(bytes)).toBe(expected);
  });

  it('QR code: model 2, module size, level, store, print', () => {
    expect(hex(escpos.qrCode(Buffer.from('AB'), 6, 'M'))).toBe(
      [
        '1d286b0400' + '314132' + '00', // GS ( k fn 65: model 2
        '1d286b0300' + '314306', // fn 67: module size 6
        '1d286b0300' + '314531', // fn 69: level M
        '1d286b0500' + '315030' + '4142', // fn 80: store "AB"
        '1d286b0300' + '315130', // fn 81: print
      ].join(''),
    );
  });

  it('CODE128 packs digit runs into code set C', () => {
    const bytes = escpos.code128('WH0001202611230000', { heightDots: 80, moduleWidth: 2 });
    expect(hex(bytes)).toBe(
      '1d4802' + '1d6850' + '1d7702' +
        // GS k 73, 14 bytes: {B W H {C 00 01 20 26 11 23 00 00
        '1d6b49' + '0e' + '7b42' + '5748' + '7b43' + '00' + '01' + '14' + '1a' + '0b' + '17' + '00' + '00',
    );
  });

  it('CODE128 doubles a literal {', () => {
    expect(hex(escpos.code128('A{', { heightDots: 80, moduleWidth: 2 })).endsWith('1d6b49' + '05' + '7b42' + '41' + '7b7b')).toBe(true);
  });

  it('refuses arguments the printer would misread', () => {
    expect(() => escpos.characterSize(9, 1)).toThrow(RangeError);
    expect(() => escpos.feed(256)).toThrow(RangeError);
    expect(() => escpos.code128('证件', { heightDots: 80, moduleWidth: 2 })).toThrow(/printable ASCII/);
  });
});

describe('CODE128 code sets', () => {
  it('uses set C for the date and sequence of a case number', () => {
    expect(code128Segments('5PSJBB2026112300001I')).toEqual([
      { set: 'B', text: '5PSJBB2' },
      { set: 'C', text: '026112300001' },
      { set: 'B', text: 'I' },
    ]);
    // Set B alone would take (20 + 3) x 11 + 13 = 266 modules.
    expect(code128Modules('5PSJBB2026112300001I')).toBe(211);
  });

  it('keeps short digit runs in set B, where switching would cost more', () => {
    expect(code128Segments('A12B')).toEqual([{ set: 'B', text: 'A12B' }]);
    expect(code128Segments('1234')).toEqual([{ set: 'C', text: '1234' }]);
  });
});

describe('GB18030 text', () => {
  it.each([
    ['𠮷', '9534b235'],
    ['䶮', 'fe9f'],
    ['堃', '88d2'],
    ['喆', '86b4'],
  ])('sends %s as %s and reads it back', (name, expected) => {
    const bytes = escpos.text(name);
    expect(hex(bytes)).toBe(expected);
    expect(iconv.decode(Buffer.from(bytes), 'gb18030')).toBe(name);
  });
});
