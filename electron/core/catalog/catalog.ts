import type { BenefitRule } from './benefit.js';
import { catalogErrors } from './catalog-errors.js';
import type { BrowseEntry, ItemSummary, SearchHit as SearchHitView } from '../../api/values.js';
import { eventEntry, itemEntry } from './browse.js';
import type { CatalogField } from './form-schema.js';
import type { CatalogItem } from './item.js';
import { joinForms, type JoinedForm, type LifeEvent } from './life-event.js';
import type { SearchHit, SearchIndex } from './search.js';
import type { Situation } from './situation.js';

/** What this terminal sees of a catalog. */
export interface CatalogView {
  /** Show only what this terminal's region and the regions above it offer; all when absent. */
  regionCode?: string;
  /** Applications per item code on this terminal, for ranking. */
  uses?: () => ReadonlyMap<string, number>;
}

/** A catalog put together for one terminal: what its region offers, and the index over it. */
export interface CatalogContents {
  version: number;
  items: ReadonlyMap<string, CatalogItem>;
  events: ReadonlyMap<string, LifeEvent>;
  /** 免申即享 rules of this terminal's region and the regions above it. */
  benefits: readonly BenefitRule[];
  index: SearchIndex;
  /** 情景式导办 trees whose outcomes this terminal offers. */
  situations: ReadonlyMap<string, Situation>;
  uses: () => ReadonlyMap<string, number>;
}

/** The items this terminal offers: those of its region and of the regions above it. Built by a CatalogBuilder. */
export class Catalog {
  readonly version: number;
  private readonly byCode: ReadonlyMap<string, CatalogItem>;
  private readonly events: ReadonlyMap<string, LifeEvent>;
  private readonly index: SearchIndex;
  private readonly situationsByCode: ReadonlyMap<string, Situation>;
  readonly benefits: readonly BenefitRule[];
  private readonly uses: () => ReadonlyMap<string, number>;

  constructor(contents: CatalogContents) {
    this.version = contents.version;
    this.byCode = contents.items;
    this.events = contents.events;
    this.benefits = contents.benefits;
    this.index = contents.index;
    this.situationsByCode = contents.situations;
    this.uses = contents.uses;
  }

  list(): ItemSummary[] {
    return [...this.byCode.values()].map(summarize);
  }

  /** The items whose result is printed on the spot (当场办结), for the 证明打印 screen. */
  printable(): ItemSummary[] {
    return [...this.byCode.values()].filter((item) => item.result.onTheSpot).map(summarize);
  }

  /** Every item and 一件事, filed for the browse screen. */
  browse(): BrowseEntry[] {
    const items = [...this.byCode.values()].map((item) => itemEntry(item, summarize(item)));
    const events = this.lifeEvents().map((event) => {
      const parts = event.items.map((c) => this.get(c));
      return eventEntry(event, parts, eventSummary(event, parts));
    });
    return [...items, ...events];
  }

  get(code: string): CatalogItem {
    const item = this.byCode.get(code);
    if (!item) throw catalogErrors.unknownItem();
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
    if (!event) throw catalogErrors.unknownItem();
    const items = event.items.map((c) => this.get(c));
    return { event, items, joined: joinForms(items) };
  }

  situations(): Situation[] {
    return [...this.situationsByCode.values()];
  }

  situation(code: string): Situation {
    const situation = this.situationsByCode.get(code);
    if (!situation) throw catalogErrors.unknownItem();
    return situation;
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
  return { code: item.code, name: item.name, department: item.department, promisedDays: item.promisedDays, ...(item.result.onTheSpot && { onTheSpot: true }) };
}
