import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeReceipt, parseReceipt, type ReceiptInput } from '../printer/receipt.js';
import { code128Bars } from './printer-code128.js';
import { EscPosDecoder } from './printer-decoder.js';
import { PrinterPage, type PrintedLine } from './printer-page.js';
import { renderPagePng } from './printer-png.js';

/** What a scanner does: one row through the bars, run lengths, symbols, check. */
function scanCode128(png: Buffer, row: number, moduleWidth: number): string {
  const image = PNG.sync.read(png);
  const black = (x: number): boolean => (image.data[(row * image.width + x) * 4] ?? 255) < 128;
  const runs: number[] = [];
  let x = 0;
  while (x < image.width && !black(x)) x++;
  while (x < image.width) {
    const colour = black(x);
    let length = 0;
    for (; x < image.width && black(x) === colour; x++) length++;
    runs.push(length / moduleWidth);
  }
  const byPattern = new Map(Array.from({ length: 107 }, (_, v) => [code128Bars([v]).slice(0, 6).join(''), v] as const));
  const symbols: number[] = [];
  for (let i = 0; i + 6 <= runs.length; i += 6) symbols.push(byPattern.get(runs.slice(i, i + 6).join('')) ?? -1);
  return symbolsToText(symbols);
}

function symbolsToText(symbols: number[]): string {
  const stop = symbols.indexOf(106);
  const [start, ...data] = symbols.slice(0, stop - 1);
  const check = symbols[stop - 1];
  const sum = [start ?? 0, ...data].reduce((total, value, index) => total + value * Math.max(index, 1), 0);
  if (sum % 103 !== check) throw new Error('check symbol does not match');
  let set = start === 105 ? 'C' : 'B';
  let text = '';
  for (const value of data) {
    if (value === 99 || value === 100) set = value === 99 ? 'C' : 'B';
    else text += set === 'C' ? String(value).padStart(2, '0') : String.fromCharCode(value + 32);
  }
  return text;
}

function printedLines(blocks: ReceiptInput['blocks'], paper: 58 | 80): PrintedLine[] {
  const page = new PrinterPage(paper);
  const commands = new EscPosDecoder().push(encodeReceipt(parseReceipt({ blocks }), { paper, encoding: 'gb18030' }).bytes);
  return commands.map((command) => page.apply(command)).find(Boolean) ?? [];
}

describe('the simulator PNG', () => {
  for (const [data, paper, moduleWidth] of [
    ['5PSJBB2026112300001I', 58, 1],
    ['5PSJBB2026112300001I', 80, 2],
    ['WH00012026112300001X', 58, 2],
    ['A{1}', 58, 2],
  ] as const) {
    it(`draws CODE128 bars a scanner reads back: ${data} on ${paper} mm`, () => {
      const lines = printedLines([{ type: 'barcode', data }], paper);
      const barcode = lines.find((line) => line.kind === 'barcode');
      expect(barcode).toMatchObject({ data, moduleWidth });
      // 16 dots of margin above, bars 80 dots high: scan through the middle.
      expect(scanCode128(renderPagePng(lines, paper), 16 + 40, moduleWidth)).toBe(data);
    });
  }

  it('draws Chinese text as glyphs, not boxes: ink inside each character cell', () => {
    const png = PNG.sync.read(renderPagePng(printedLines([{ type: 'text', text: '受理回执' }], 58), 58));
    const inkIn = (x0: number): number => {
      let ink = 0;
      for (let y = 16; y < 40; y++) for (let x = x0; x < x0 + 24; x++) if ((png.data[(y * png.width + x) * 4] ?? 255) < 128) ink++;
      return ink;
    };
    const cells = [0, 24, 48, 72].map(inkIn);
    expect(cells.every((ink) => ink > 30)).toBe(true);
    // Different characters, different ink: no placeholder pattern repeated.
    expect(new Set(cells).size).toBe(4);
  });
});
