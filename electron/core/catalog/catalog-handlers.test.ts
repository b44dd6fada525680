import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoCatalog, kioskCore } from '../../../tests/support/kiosk-core.js';
import type { Identity } from '../session/session.js';
import type { Catalog } from './catalog.js';
import { catalogHandlers } from './catalog-handlers.js';

/** 81 years old, registered in Wuhan's 江岸区. */
const elder: Identity = { cardType: 'resident', name: '王秀兰', idNumber: '420102194501010016', source: 'card' };

/** A terminal in 江岸区, a demo with the demo catalog unless a test says otherwise. */
function terminal({ catalog, demo }: { catalog: Catalog | undefined; demo: boolean } = { catalog: demoCatalog, demo: true }) {
  const { sim, services } = kioskCore();
  const offered = { ...services, catalog, demo, regionPopular: [] };
  return { sim, services: offered, handlers: catalogHandlers(offered, { certificates: { load: async () => [] } }) };
}

describe('browsing the catalog', () => {
  it('lists the items and finds one by what a citizen would type', async () => {
    const { handlers } = terminal();
    expect((await handlers['catalog.list']({})).map((i) => i.code)).toContain('WH-RS-002');
    expect((await handlers['catalog.search']({ query: '社保卡' })).map((hit) => hit.name)).toContain('社会保障卡补领');
    expect((await handlers['catalog.lifeEvents']({})).map((e) => e.code)).toContain('YJS-SBK');
  });

  it('gives an item’s guide on screen, on receipt paper with the hall’s name, and as a PDF', async () => {
    const { handlers, sim } = terminal();
    expect((await handlers['catalog.guide']({ itemCode: 'WH-RS-002' })).title).toContain('社会保障卡补领');
    expect(await handlers['guide.print']({ itemCode: 'WH-RS-002' })).toEqual({ printed: true });
    expect(sim.receipts[0]?.text).toMatch(/社会保障卡补领[\s\S]*江岸区政务服务中心 打印于/);
    const saved = await handlers['document.guide']({ itemCode: 'WH-RS-002' });
    if (saved.to !== 'file') throw new Error('a terminal without an A4 printer saves the PDF');
    const { path } = saved;
    expect(path).toMatch(/guide-WH-RS-002\.pdf$/);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('files every item and 一件事 by whom it serves, its 人生事件 and department', async () => {
    const { handlers } = terminal();
    const { entries } = await handlers['catalog.browse']({});
    const forBusinesses = entries.filter((e) => e.serves.includes('法人')).map((e) => e.code);
    expect(forBusinesses).toEqual(expect.arrayContaining(['WH-SC-001', 'YJS-KBCYD']));
    expect(forBusinesses).not.toContain('WH-RS-002');
    expect(entries.filter((e) => e.stages.includes('退休')).map((e) => e.code)).toEqual(['WH-RS-007', 'WH-YB-002', 'WH-GJJ-001', 'YJS-TX']);
    expect(entries.find((e) => e.code === 'WH-GA-001')?.department).toBe('武汉市公安局');
  });

  it('ranks 热门事项 by the guides opened and cases applied for on this terminal, and has none on a new one', async () => {
    const { handlers } = terminal();
    expect((await handlers['catalog.browse']({})).popular).toEqual([]);
    await handlers['catalog.guide']({ itemCode: 'WH-GA-005' });
    await handlers['catalog.guide']({ itemCode: 'WH-MZ-003' });
    await handlers['catalog.guide']({ itemCode: 'WH-MZ-003' });
    expect((await handlers['catalog.browse']({})).popular).toEqual(['WH-MZ-003', 'WH-GA-005']);
  });

  it('refuses an item this terminal does not offer', async () => {
    const { handlers } = terminal();
    await expect(handlers['catalog.guide']({ itemCode: 'NO-SUCH-ITEM' })).rejects.toMatchObject({ code: 'UNKNOWN_ITEM' });
  });

  it('offers a catalog applied since the handlers were made, and nothing on an enrolled terminal without one', async () => {
    const { services, handlers } = terminal({ catalog: undefined, demo: false });
    await expect(handlers['catalog.list']({})).rejects.toMatchObject({ code: 'OUT_OF_SERVICE' });
    services.catalog = demoCatalog;
    expect((await handlers['catalog.list']({})).length).toBeGreaterThan(0);
  });

  it('tells the identified citizen what is due to them without applying', async () => {
    const { services, handlers } = terminal();
    services.session.identify(elder);
    const { benefits, certificatesChecked } = await handlers['benefits.due']({});
    expect(benefits.map((b) => b.code)).toEqual(['MS-GLJT', 'MS-LNCC']);
    expect(certificatesChecked).toBe(true);
  });
});
