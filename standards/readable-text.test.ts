import { describe, expect, it } from 'vitest';
import { hasControlCharacter, hasLoneSurrogate, isReadableText } from './readable-text.js';

describe('readable text', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['an escape character', 'a\u001bb'],
    ['a carriage return', 'a\rb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a high surrogate alone', '张三\ud83d'],
    ['a low surrogate alone', '\ude00张三'],
  ])('refuses %s, in one line or in several', (_what, text) => {
    expect(isReadableText(text, 'lines')).toBe(false);
    expect(isReadableText(text, 'oneLine')).toBe(false);
  });

  it('takes tab and newline in text of several lines, and neither in one line', () => {
    for (const text of ['第一行\n第二行', '姓名\t陈晓欣']) {
      expect(isReadableText(text, 'lines')).toBe(true);
      expect(isReadableText(text, 'oneLine')).toBe(false);
    }
  });

  it('takes whole emoji and every script, which are pairs of surrogates or none', () => {
    for (const text of ['很满意😀', '👨‍👩‍👧', 'Ülkü', '武汉市江岸区']) expect(isReadableText(text, 'oneLine')).toBe(true);
  });

  it('tells a lone surrogate from a control character, for the wire to name which', () => {
    expect(hasLoneSurrogate('a\ud800b')).toBe(true);
    expect(hasControlCharacter('a\ud800b', 'lines')).toBe(false);
    expect(hasLoneSurrogate('a\u0000b')).toBe(false);
    expect(hasControlCharacter('a\u0000b', 'lines')).toBe(true);
  });
});
