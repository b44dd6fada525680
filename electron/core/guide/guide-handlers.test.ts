import { describe, expect, it } from 'vitest';
import { catalogOf } from '../catalog/catalog-builder.js';
import { guideHandlers } from './guide-handlers.js';

const handlers = guideHandlers({ catalog: catalogOf() });

describe('guided help through the kiosk API', () => {
  it('answers a question with the items that fit and a line of their guide', async () => {
    const reply = await handlers['assistant.ask']({ question: '社保卡丢了' });
    expect(reply.answered).toBe(true);
    expect(reply.hits[0]).toMatchObject({ code: 'WH-RS-005', name: '社会保障卡挂失', kind: 'item' });
  });

  it('says it does not know rather than offering an item for a question no item answers', async () => {
    expect(await handlers['assistant.ask']({ question: '今天天气怎么样' })).toEqual({ answered: false, hits: [] });
  });

  it('gives a shop owner who sells food a different materials list from one who does not', async () => {
    const shop = await handlers['situations.get']({ code: 'QJ-SHOP' });
    const materials = (id: string) => {
      const node = shop.nodes[id];
      return node?.kind === 'outcome' ? node.materials.map((m) => m.name) : [];
    };
    expect(materials('takeaway')).toContain('经营场所平面布局图');
    expect(materials('shop')).not.toContain('经营场所平面布局图');
    // A paper several items want is asked for once.
    expect(materials('takeaway').filter((m) => m === '居民身份证')).toHaveLength(1);
  });

  it('lists the situations with their plain names', async () => {
    expect((await handlers['situations.list']({})).map((s) => s.code)).toEqual(['QJ-BABY', 'QJ-SHOP', 'QJ-RETIRE', 'QJ-MOVE', 'QJ-LOST']);
  });
});
