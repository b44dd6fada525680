import { describe, expect, it } from 'vitest';
import { parseReceipt } from '../../../drivers/printer/receipt.js';
import { demoCatalog } from '../catalog/demo/demo-catalog.js';
import { guideDocument } from './a4-documents.js';
import { guideReceipt } from './guide-receipt.js';

describe('the guide on receipt paper', () => {
  it('prints every section and row of the A4 guide, and is a valid receipt', () => {
    const item = demoCatalog.items.find((i) => i.code === 'WH-RS-002');
    if (!item) throw new Error('the demo catalog lacks WH-RS-002');
    const guide = guideDocument(item);
    const receipt = parseReceipt(guideReceipt(guide, '武汉市民之家', new Date('2026-11-23T02:00:00Z')));
    const texts = receipt.blocks.flatMap((b) => (b.type === 'text' || b.type === 'title' ? [b.text] : []));
    for (const section of guide.sections) {
      expect(texts).toContain(section.heading);
      for (const [label, value] of section.rows ?? []) expect(texts).toContain(`${label}：${value || '—'}`);
      for (const paragraph of section.paragraphs ?? []) expect(texts).toContain(paragraph);
    }
    expect(texts).toContain('武汉市民之家 打印于 2026/11/23 10:00');
    expect(receipt.blocks.at(-1)).toEqual({ type: 'cut', mode: 'partial' });
  });

  it('tells which materials an e-certificate spares, in words, not the certificate kind’s key', () => {
    const item = demoCatalog.items.find((i) => i.code === 'WH-RS-002');
    if (!item) throw new Error('the demo catalog lacks WH-RS-002');
    const text = JSON.stringify(guideReceipt(guideDocument(item), '武汉市民之家', new Date()));
    expect(text).toContain('居民身份证');
    expect(text).toContain('有电子证照的可免提交');
    expect(text).not.toMatch(/idCard/);
  });
});
