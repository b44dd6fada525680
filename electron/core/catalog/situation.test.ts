import { describe, expect, it } from 'vitest';
import { readDocument } from './bundle/read-document.js';
import { catalogOf } from './catalog-builder.js';
import { catalogDocumentSchema } from './catalog-document.js';
import { demoCatalog } from './demo/demo-catalog.js';
import type { Situation } from './situation.js';

const catalog = catalogOf();

/** Every path from the start, answer by answer, to where it ends. */
function paths(situation: Situation): { answers: string[]; end: string }[] {
  const node = (id: string, answers: string[]): { answers: string[]; end: string }[] => {
    const here = situation.nodes[id];
    if (here?.kind !== 'question') return [{ answers, end: id }];
    return here.answers.flatMap((a) => node(a.next, [...answers, a.label]));
  };
  return node(situation.start, []);
}

const shop = demoCatalog.situations.find((s) => s.code === 'QJ-SHOP') as Situation;
const withNodes = (nodes: Situation['nodes']) => ({ ...demoCatalog, situations: [{ ...shop, nodes }] });

describe('情景式导办 trees', () => {
  it('the demo offers the five situations: a baby, a shop, retiring, moving house, a lost card', () => {
    expect(catalog.situations().map((s) => s.name)).toEqual(['孩子出生了', '开一家店', '要退休了', '搬家了', '证件卡丢了']);
  });

  it.each(demoCatalog.situations.map((s) => [s.code, s] as const))('every answer in %s ends at an outcome naming items this catalog offers, in at most three questions', (_, situation) => {
    for (const { answers, end } of paths(situation)) {
      const leaf = situation.nodes[end];
      expect(leaf?.kind, `${answers.join(' → ')} ends at ${end}`).toBe('outcome');
      for (const code of leaf?.kind === 'outcome' ? leaf.items : []) expect(() => catalog.applicable(code)).not.toThrow();
      expect(answers.length).toBeLessThanOrEqual(3);
    }
    const leaves = new Set(paths(situation).map((p) => p.end));
    const outcomes = Object.entries(situation.nodes).filter(([, n]) => n.kind === 'outcome').map(([id]) => id);
    expect([...leaves].sort()).toEqual(outcomes.sort());
  });

  it('refuses an answer that leads nowhere (a dead end)', () => {
    const nodes = { ...shop.nodes, sign: { kind: 'question' as const, text: '店门口要挂招牌吗？', answers: [{ label: '要挂', next: 'shop-with-sign' }, { label: '不挂', next: 'nowhere' }] } };
    expect(catalogDocumentSchema.safeParse(withNodes(nodes)).error?.message).toContain('通向不存在的节点 nowhere');
  });

  it('refuses a leaf no answer reaches', () => {
    const nodes = { ...shop.nodes, orphan: { kind: 'outcome' as const, text: '没人走到这里', items: ['WH-SC-001'] } };
    expect(catalogDocumentSchema.safeParse(withNodes(nodes)).error?.message).toContain('orphan 从起点走不到');
  });

  it('refuses a loop, where a citizen would answer for ever', () => {
    const nodes = { ...shop.nodes, sign: { kind: 'question' as const, text: '店门口要挂招牌吗？', answers: [{ label: '要挂', next: 'food' }, { label: '不挂', next: 'shop' }] } };
    expect(catalogDocumentSchema.safeParse(withNodes(nodes)).error?.message).toContain('绕回了原处');
  });

  it('refuses a leaf naming an item the catalog does not have', () => {
    const nodes = { ...shop.nodes, shop: { kind: 'outcome' as const, text: '先办营业执照', items: ['WH-NO-999'] } };
    expect(catalogDocumentSchema.safeParse(withNodes(nodes)).error?.message).toContain('引用了不存在的事项 WH-NO-999');
  });

  it('travels in the signed bundle: read back with the items, an old bundle without any reads as none, a bad one is refused', async () => {
    const read = await readDocument(Buffer.from(JSON.stringify(demoCatalog)), 7);
    expect(read.situations).toEqual(demoCatalog.situations);
    const { items, lifeEvents, benefits } = demoCatalog;
    expect((await readDocument(Buffer.from(JSON.stringify({ items, lifeEvents, benefits })), 7)).situations).toEqual([]);
    const bad = withNodes({ ...shop.nodes, shop: { kind: 'outcome', text: '先办营业执照', items: ['WH-NO-999'] } });
    await expect(readDocument(Buffer.from(JSON.stringify(bad)), 7)).rejects.toThrow(/WH-NO-999/);
  });

  it('is not offered where an item it leads to is not', () => {
    const { items, ...rest } = demoCatalog;
    const withoutSign = catalogOf({ ...rest, items: items.filter((i) => i.code !== 'WH-CG-001'), lifeEvents: [] });
    expect(withoutSign.situations().map((s) => s.code)).not.toContain('QJ-SHOP');
  });
});
