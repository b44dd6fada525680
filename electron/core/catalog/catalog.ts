import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { KioskError } from '../../api/errors.js';
import type { BenefitRule } from './benefit.js';
import type { ItemSummary, SearchHit as SearchHitView } from '../../api/values.js';
import type { CatalogDocument } from './catalog-document.js';
import { demoCatalog } from './demo/demo-catalog.js';
import type { CatalogField } from './form-schema.js';
import type { CatalogItem } from './item.js';
import { joinForms, type JoinedForm, type LifeEvent } from './life-event.js';
import { regionCovers } from './region.js';
import { SearchIndex, snapshotOf, type SearchHit, type SearchSnapshot } from './search.js';

export interface CatalogOptions {
  /** Show only what this terminal's region and the regions above it offer; all when absent. */
  regionCode?: string;
  version?: number;
  /** The index stored with the bundle; worked out here when absent. */
  search?: SearchSnapshot;
  /** Applications per item code on this terminal, for ranking. */
  uses?: () => ReadonlyMap<string, number>;
}

/** Entries indexed per turn of the event loop: a thousand take ~10 ms on a terminal's CPU. */
const entriesPerTurn = 250;

function unknownItem(): KioskError {
  return new KioskError({
    code: 'UNKNOWN_ITEM',
    message: '该事项暂不能在本机办理',
    hint: '请返回重新选择事项',
    en: { message: 'This service cannot be applied for at this terminal', hint: 'Please go back and choose another' },
  });
}

/**
 * The items this terminal offers: those of its region and of the regions above it. Built from a
 * checked catalog document and, when one was stored beside it, the search index worked out at apply time.
 */
export class Catalog {
  readonly version: number;
  private readonly byCode: Map<string, CatalogItem>;
  private readonly events: Map<string, LifeEvent>;
  private readonly index: SearchIndex;
  /** 免申即享 rules of this terminal's region and the regions above it. */
  readonly benefits: readonly BenefitRule[];

  private readonly uses: () => ReadonlyMap<string, number>;

  constructor(document: CatalogDocument = demoCatalog, options: CatalogOptions = {}) {
    this.uses = options.uses ?? (() => new Map());
    const here = (scope: string) => options.regionCode === undefined || regionCovers(scope, options.regionCode);
    this.version = options.version ?? 0;
    this.byCode = new Map(document.items.filter((i) => here(i.region)).map((item) => [item.code, item]));
    this.events = new Map(document.lifeEvents.filter((e) => here(e.region) && e.items.every((c) => this.byCode.has(c))).map((e) => [e.code, e]));
    this.benefits = document.benefits.filter((b) => here(b.region));
    this.index = new SearchIndex({ entries: this.offered(options.search) });
  }

  /**
   * The same catalog with its index built a run of entries per turn of the event loop: indexing
   * 20,000 entries at once would freeze the core for a few hundred milliseconds.
   */
  static async inSlices(document: CatalogDocument, options: CatalogOptions): Promise<Catalog> {
    // Made with an empty index, then filled.
    const catalog = new Catalog(document, { ...options, search: { entries: [] } });
    const entries = catalog.offered(options.search);
    for (let at = 0; at < entries.length; at += entriesPerTurn) {
      catalog.index.add(entries.slice(at, at + entriesPerTurn));
      await yieldToLoop();
    }
    return catalog;
  }

  /** The stored index's entries this terminal offers; worked out here when none was stored. */
  private offered(search: SearchSnapshot | undefined): SearchSnapshot['entries'] {
    const snapshot = search ?? snapshotOf([...this.byCode.values(), ...this.events.values()]);
    return snapshot.entries.filter((e) => this.byCode.has(e.code) || this.events.has(e.code));
  }

  list(): ItemSummary[] {
    return [...this.byCode.values()].map(summarize);
  }

  get(code: string): CatalogItem {
    const item = this.byCode.get(code);
    if (!item) throw unknownItem();
    return item;
  }

  lifeEvents(): LifeEvent[] {
    return [...this.events.values()];
  }

  /** Each 一件事 as a list entry, for the 一件事 tile. */
  lifeEventSummaries(): ItemSummary[] {
    return this.lifeEvents().map((event) => eventSummary(event, event.items.map((c) => this.get(c))));
  }

  /** A 一件事 with its items and the one form and material list joined from theirs. */
  lifeEvent(code: string): { event: LifeEvent; items: CatalogItem[]; joined: JoinedForm } {
    const event = this.events.get(code);
    if (!event) throw unknownItem();
    const items = event.items.map((c) => this.get(c));
    return { event, items, joined: joinForms(items) };
  }

  /**
   * What a citizen applies for under one code: an item alone, or a 一件事 whose joined form is
   * filled once and whose items each become a case.
   */
  applicable(code: string): Applicable {
    const item = this.byCode.get(code);
    if (item) return { summary: summarize(item), fields: item.form.fields, items: [item], event: undefined };
    const { event, items, joined } = this.lifeEvent(code);
    return { summary: eventSummary(event, items), fields: joined.fields, items, event };
  }

  search(query: string, uses?: ReadonlyMap<string, number>, limit?: number): SearchHit[] {
    return this.index.search(query, uses, limit);
  }

  /** What the screen shows for a query, ranked with how often each item was applied for here. */
  searchViews(query: string, limit = 10): SearchHitView[] {
    return this.search(query, this.uses(), limit).map((hit) => {
      const item = this.byCode.get(hit.code);
      if (item) return { ...summarize(item), kind: 'item', matched: hit.matched };
      const { event, items } = this.lifeEvent(hit.code);
      return { ...eventSummary(event, items), kind: 'lifeEvent', matched: hit.matched };
    });
  }
}

export interface Applicable {
  summary: ItemSummary;
  fields: readonly CatalogField[];
  /** The items that each become a case: one for an item, several for a 一件事. */
  items: CatalogItem[];
  event: LifeEvent | undefined;
}

/** A 一件事 as a list entry: several departments together, done when its slowest item is. */
function eventSummary(event: LifeEvent, items: readonly CatalogItem[]): ItemSummary {
  return { code: event.code, name: event.name, department: '多部门联办', promisedDays: Math.max(...items.map((i) => i.promisedDays)) };
}

export function summarize(item: CatalogItem): ItemSummary {
  return { code: item.code, name: item.name, department: item.department, promisedDays: item.promisedDays };
}
