import { KioskError } from '../../api/errors.js';
import type { ItemSummary } from '../../api/values.js';
import { demoItems } from './demo-items.js';
import type { CatalogItem } from './item.js';

export class Catalog {
  private readonly byCode: Map<string, CatalogItem>;

  constructor(items: CatalogItem[] = demoItems) {
    this.byCode = new Map(items.map((item) => [item.code, item]));
  }

  list(): ItemSummary[] {
    return [...this.byCode.values()].map(summarize);
  }

  get(code: string): CatalogItem {
    const item = this.byCode.get(code);
    if (!item) throw new KioskError({ code: 'UNKNOWN_ITEM', message: '该事项暂不能在本机办理', hint: '请返回重新选择事项' });
    return item;
  }
}

export function summarize(item: CatalogItem): ItemSummary {
  return { code: item.code, name: item.name, department: item.department, promisedDays: item.promisedDays };
}
