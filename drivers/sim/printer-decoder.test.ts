import { describe, expect, it } from 'vitest';
import * as escpos from '../printer/escpos.js';
import { encodeReceipt, parseReceipt } from '../printer/receipt.js';
import { EscPosDecoder } from './printer-decoder.js';
import { PrinterPage, pageText, type PrintedLine } from './printer-page.js';

/** mulberry32: a seeded generator, so a failing split can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function splitRandomly(bytes: Buffer, seed: number): Buffer[] {
  const next = random(seed);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(next() * 9);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

function print(chunks: Buffer[]): PrintedLine[][] {
  const decoder = new EscPosDecoder();
  const page = new PrinterPage(58);
  const pages: PrintedLine[][] = [];
  for (const chunk of chunks) {
    for (const command of decoder.push(chunk)) {
      const lines = page.apply(command);
      if (lines) pages.push(lines);
    }
  }
  return pages;
}

const receipt = parseReceipt({
  blocks: [
    { type: 'title', text: '受理回执' },
    { type: 'row', key: '事项', value: '社保卡补办' },
    { type: 'divider' },
    { type: 'text', text: 'Scan {to} check 查询进度', align: 'center' },
    { type: 'qr', data: 'https://zwfw.wuhan.gov.cn/q?n=WH20250101-0001' },
    { type: 'barcode', data: 'WH2025{01}' },
    { type: 'feed', lines: 2 },
    { type: 'cut', mode: 'full' },
  ],
});

const EXPECTED = [
  '        受理回执',
  '事项                  社保卡补办',
  '-'.repeat(32),
  '    Scan {to} check 查询进度',
  '[QR:https://zwfw.wuhan.gov.cn/q?n=WH20250101-0001]',
  '', // the LF after a QR code or barcode leaves a line of space below it
  '[CODE128:WH2025{01}]',
  '',
  '',
  '',
].join('\n');

describe('ESC/POS round trip', () => {
  const { bytes } = encodeReceipt(receipt, { paper: 58, encoding: 'gb18030' });

  it('decodes text, QR, barcode and cut from one buffer', () => {
    const pages = print([bytes]);
    expect(pages).toHaveLength(1);
    expect(pageText(pages[0] ?? [], 58)).toBe(EXPECTED);
  });

  it('decodes the same whatever the chunking', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const pages = print(splitRandomly(bytes, seed));
      expect(pages.map((lines) => pageText(lines, 58)), `seed ${seed}`).toEqual([EXPECTED]);
    }
  });

  it('skips unknown and image commands without printing their bytes', () => {
    const raster = Buffer.from([0x1d, 0x76, 0x30, 0, 2, 0, 3, 0, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46]);
    const unknown = Buffer.from([0x1b, 0x7e, 0x1c, 0x7a, 0x1d, 0x28, 0x4c, 2, 0, 0x41, 0x41]);
    const stream = Buffer.concat([raster, unknown, escpos.text('OK'), escpos.lineFeed(), escpos.cut('partial')]);
    for (let seed = 1; seed <= 10; seed++) {
      expect(print(splitRandomly(stream, seed)).map((lines) => pageText(lines, 58))).toEqual(['OK']);
    }
  });

  it('reports status requests in the stream', () => {
    expect(new EscPosDecoder().push(escpos.realtimeStatus(4))).toEqual([{ kind: 'status', n: 4 }]);
  });
});
