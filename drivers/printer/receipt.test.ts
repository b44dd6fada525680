import { describe, expect, it } from 'vitest';
import { EscPosDecoder } from '../sim/printer-decoder.js';
import { PrinterPage, pageText } from '../sim/printer-page.js';
import { textColumns } from './charset.js';
import { layoutRow, wrap } from './layout.js';
import { encodeReceipt, parseReceipt, type PrinterProfile, type ReceiptInput } from './receipt.js';

function printedText(input: ReceiptInput, profile: PrinterProfile): string {
  const { bytes } = encodeReceipt(parseReceipt(input), profile);
  const page = new PrinterPage(profile.paper);
  const lines = new EscPosDecoder().push(bytes).map((command) => page.apply(command)).find(Boolean);
  return pageText(lines ?? [], profile.paper);
}

describe('layout', () => {
  it('counts CJK as two columns and never splits one', () => {
    expect(textColumns('办理abc')).toBe(7);
    const lines = wrap('武汉市江岸区政务服务中心二十四小时自助服务区', 15);
    expect(lines.every((line) => textColumns(line) <= 15)).toBe(true);
    expect(lines.join('')).toBe('武汉市江岸区政务服务中心二十四小时自助服务区');
    expect(lines[0]).toBe('武汉市江岸区政');
  });

  it('keeps English words whole when a space allows', () => {
    expect(wrap('Wuhan Civic Service Center', 12)).toEqual(['Wuhan Civic', 'Service', 'Center']);
  });

  it('right-aligns values on 58 mm (32 columns) and 80 mm (48 columns)', () => {
    for (const [paper, columns] of [[58, 32], [80, 48]] as const) {
      const text = printedText({ blocks: [{ type: 'row', key: '办件编号', value: 'WH20250101-0001' }] }, { paper, encoding: 'gb18030' });
      const line = text.split('\n')[0] ?? '';
      expect(textColumns(line)).toBe(columns);
      expect(line.startsWith('办件编号')).toBe(true);
      expect(line.endsWith('WH20250101-0001')).toBe(true);
    }
  });

  it('wraps a long value under its key, right-aligned', () => {
    const lines = layoutRow('地址', '湖北省武汉市江岸区沿江大道一百八十八号市民之家三楼', 32);
    expect(lines[0]).toBe('地址');
    // 25 characters = 50 columns: a full line, then 9 characters pushed to the right edge.
    expect(lines.slice(1).map(textColumns)).toEqual([32, 32]);
    expect(lines.at(-1)).toBe(`${' '.repeat(14)}十八号市民之家三楼`);
  });

  it('centres a double-size title in half the columns', () => {
    const text = printedText({ blocks: [{ type: 'title', text: '受理回执' }] }, { paper: 58, encoding: 'gb18030' });
    // 4 characters x 2 columns x double width = 16 of 32 columns: 8 columns either side.
    expect(text.split('\n')[0]).toBe(`${' '.repeat(8)}受理回执`);
  });
});

describe('font coverage', () => {
  const receipt: ReceiptInput = { blocks: [{ type: 'row', key: '申请人', value: '刘䶮' }, { type: 'text', text: '谢谢😀' }] };

  it('replaces what a GBK font lacks with □ and reports it', () => {
    const { bytes, replaced } = encodeReceipt(parseReceipt(receipt), { paper: 58, encoding: 'gbk' });
    expect(replaced).toEqual(['䶮', '😀']);
    expect(bytes.includes(Buffer.from([0xfe, 0x9f]))).toBe(false);
    expect(printedText(receipt, { paper: 58, encoding: 'gbk' })).toContain('刘□');
  });

  it('prints 䶮 on a GB18030 printer', () => {
    const { replaced } = encodeReceipt(parseReceipt(receipt), { paper: 58, encoding: 'gb18030' });
    expect(replaced).toEqual([]);
    const text = printedText(receipt, { paper: 58, encoding: 'gb18030' });
    expect(text).toContain('刘䶮');
    expect(text).toContain('谢谢😀');
  });
});

describe('line breaks in text', () => {
  it.each(['gb18030', 'gbk'] as const)('prints a text with \\n as two lines on a %s printer, replacing nothing', (encoding) => {
    for (const text of ['请到二楼\n3 号窗口领取', '请到二楼\r\n3 号窗口领取']) {
      const receipt: ReceiptInput = { blocks: [{ type: 'text', text }] };
      expect(encodeReceipt(parseReceipt(receipt), { paper: 58, encoding }).replaced).toEqual([]);
      expect(printedText(receipt, { paper: 58, encoding }).split('\n')).toEqual(['请到二楼', '3 号窗口领取']);
    }
  });
});

describe('validation', () => {
  it('rejects an unknown block with a readable error', () => {
    expect(() => parseReceipt({ blocks: [{ type: 'picture' }] })).toThrow(/invalid receipt/);
  });

  it('refuses a barcode wider than the paper', () => {
    const receipt = parseReceipt({ blocks: [{ type: 'barcode', data: 'X'.repeat(40) }] });
    expect(() => encodeReceipt(receipt, { paper: 58, encoding: 'gb18030' })).toThrow(/barcode/);
  });
});

describe('kinsoku (禁则)', () => {
  it('never starts a line with closing punctuation', () => {
    // 16 characters fill 32 columns exactly; the 。 would start the second line.
    const lines = wrap('凭办件编号在任一自助终端查询进度。请妥善保管', 32);
    expect(lines[0]).toBe('凭办件编号在任一自助终端查询进');
    expect(lines[1]?.startsWith('度。')).toBe(true);
  });

  it('leaves no stray tail such as 度。 alone on the last line', () => {
    // On 80 mm (48 columns) the plain break left 度。 alone on the second line.
    const sentence = '凭办件编号可在任一自助终端“查询打印”中查询进度。';
    for (const columns of [32, 48, 15]) {
      const lines = wrap(sentence, columns);
      expect(lines.join('')).toBe(sentence);
      expect(lines.every((line) => textColumns(line) <= columns)).toBe(true);
      expect(lines.at(-1)?.replace(/[。”]/g, '').length).toBeGreaterThanOrEqual(2);
    }
    expect(wrap(sentence, 48).at(-1)).toBe('进度。');
    // English keeps its words whole while doing so.
    expect(wrap('Bring it with the receipt to any hall at all.', 40)).toEqual(['Bring it with the receipt to any hall', 'at all.']);
  });

  it('never ends a line with an opening quotation mark', () => {
    const lines = wrap('凭办件编号可在任一自助终端查询“查询打印”', 32);
    expect(lines.every((line) => !line.endsWith('“'))).toBe(true);
    expect(lines.join('')).toBe('凭办件编号可在任一自助终端查询“查询打印”');
  });

  it('keeps a case number on one line, double height, on 58 mm, whole or in its chunks', () => {
    for (const number of ['5PSJBB2026112300001I', '5PSJBB 2026 1123 00001 I']) {
      const text = printedText({ blocks: [{ type: 'text', text: number, size: 2, align: 'center' }] }, { paper: 58, encoding: 'gb18030' });
      expect(text.split('\n')[0]?.trim()).toBe(number);
    }
  });
});
