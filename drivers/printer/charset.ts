/**
 * What a printer font can show, and how wide it prints. In Chinese mode a thermal printer prints
 * every single-byte character half width and every multi-byte character full width, so the
 * byte length of a character's GB18030 encoding is its width: this is truer to the paper than
 * Unicode's East Asian Width tables (「·」 is one column there but two on the printer).
 */
import iconv from 'iconv-lite';

export type FontEncoding = 'gb18030' | 'gbk';

/** Shown in place of a character the font lacks: full width, so columns still line up. */
export const REPLACEMENT = '□';

/**
 * Two-byte GB18030 codes that GBK (Windows code page 936) leaves unassigned or maps to the
 * private use area: a GBK font has no glyph, or a vendor's private one, for them. They hold
 * GB18030's additions such as 䶮 (FE9F), the vertical punctuation and € (A2E3).
 */
const GBK_GAPS: ReadonlyArray<readonly [number, number]> = [
  [0xa2e3, 0xa2e3],
  [0xa6d9, 0xa6df],
  [0xa6ec, 0xa6ed],
  [0xa6f3, 0xa6f3],
  [0xa8bc, 0xa8bc],
  [0xa8bf, 0xa8bf],
  [0xa989, 0xa995],
  [0xfe50, 0xfea0],
];

function inGbkGap(code: number): boolean {
  return GBK_GAPS.some(([low, high]) => code >= low && code <= high);
}

/** Whether a font for `encoding` has a glyph for this one character (one code point). */
export function fontCovers(char: string, encoding: FontEncoding): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return false;
  if (code < 0x80) return true;
  // Lone surrogates cannot be encoded at all; iconv-lite would send '?' silently.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (encoding === 'gb18030') return true;
  const encoded = iconv.encode(char, 'gb18030');
  return encoded.length === 2 && !inGbkGap(encoded.readUInt16BE(0));
}

/** Printed columns of one character: 1 for ASCII, 2 for anything multi-byte. */
export function charColumns(char: string): 1 | 2 {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : 2;
}

export function textColumns(value: string): number {
  let columns = 0;
  for (const char of value) columns += charColumns(char);
  return columns;
}

/** What no font prints: control characters and lone surrogates. */
const NEVER_PRINTED = /[\x00-\x1f\x7f\ud800-\udfff]/u;

/** Replaces what the font cannot show; `replaced` lists each such character once, in order. */
export function fitToFont(value: string, encoding: FontEncoding): { text: string; replaced: string[] } {
  // A GB18030 font covers every other character: most text needs no look at each character.
  if (encoding === 'gb18030' && !NEVER_PRINTED.test(value)) return { text: value, replaced: [] };
  const replaced: string[] = [];
  let out = '';
  for (const char of value) {
    if (fontCovers(char, encoding)) {
      out += char;
      continue;
    }
    out += REPLACEMENT;
    if (!replaced.includes(char)) replaced.push(char);
  }
  return { text: out, replaced };
}
