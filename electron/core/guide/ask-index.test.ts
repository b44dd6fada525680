import { describe, expect, it } from 'vitest';
import { catalogOf } from '../catalog/catalog-builder.js';
import { buildAskIndex } from './ask-index.js';
import { accuracyOf, phrasingSet } from '../../../tests/fixtures/guide-phrasings.js';
import { syntheticCatalog } from '../../../tests/fixtures/synthetic-catalog.js';

const index = await buildAskIndex(catalogOf());
const codes = (question: string) => index.ask(question).map((hit) => hit.code);

describe('ask in your own words', () => {
  it('finds the item for the test set above the accuracy measured (top-3 98.8%, top-1 90.5% when written)', () => {
    const { top1, top3 } = accuracyOf(codes);
    expect(top3).toBeGreaterThanOrEqual(0.97);
    expect(top1).toBeGreaterThanOrEqual(0.88);
  });

  it('answers nothing it does not know: every unanswerable question is left for 12345', () => {
    expect(phrasingSet.unanswerable.filter((q) => codes(q).length > 0)).toEqual([]);
  });

  it.each([
    ['孩子出生了要办什么', 'YJS-XSECS'],
    ['社保卡丢了', 'WH-RS-005'],
    ['shebaka diule', 'WH-RS-005'],
    ['设保卡挂失', 'WH-RS-005'],
    // What the pinyin keyboard offers first for a misspelt shebaka: a homophone, one syllable off.
    ['涉芭卡', 'WH-RS-005'],
    // The same with the keyboard's order by frequency (把 is a word the meaning skips); with no
    // verb it is any 社保卡 item, 补领 among them.
    ['社把卡', 'WH-RS-002'],
  ])('%s leads to %s among the first three', (question, code) => {
    expect(codes(question).slice(0, 3)).toContain(code);
  });

  it('quotes a line of the guide as it stands, never a made-up sentence', () => {
    const [hit] = index.ask('身份证丢了');
    const item = catalogOf().get(hit?.code ?? '');
    const lines = [...item.conditions, `办理结果：${item.result.name}`, `办理部门：${item.department}`, ...item.materials.map((m) => `需要材料：${m.name}`)];
    expect(lines).toContain(hit?.answer);
  });

  it('lets the core answer other requests while a large catalog is indexed', async () => {
    let done = false;
    let turns = 0;
    const other = () => {
      turns++;
      if (!done) setImmediate(other);
    };
    setImmediate(other);
    await buildAskIndex(catalogOf(syntheticCatalog(1000)));
    done = true;
    expect(turns).toBeGreaterThanOrEqual(9);
  });
});
