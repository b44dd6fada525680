import type { BenefitRule } from './benefit.js';
import { Catalog, type CatalogView } from './catalog.js';
import type { CatalogDocumentInput } from './catalog-document.js';
import { demoCatalog } from './demo/demo-catalog.js';
import type { CatalogItem } from './item.js';
import type { LifeEvent } from './life-event.js';
import { regionCovers } from '../../../standards/region-code.js';
import { SearchIndex, snapshotOf, type SearchSnapshot } from './search.js';
import { itemsNamed, type Situation } from './situation.js';

type SnapshotEntry = SearchSnapshot['entries'][number];

/**
 * Puts one terminal's catalog together as the parts arrive: a bundle's items and their index
 * entries a run at a time while later runs are still being checked, then its 一件事, then its
 * 免申即享 rules. It keeps what this terminal's region and the regions above it offer, and
 * indexes only that.
 */
export class CatalogBuilder {
  private readonly items = new Map<string, CatalogItem>();
  private readonly events = new Map<string, LifeEvent>();
  private readonly index = new SearchIndex({ entries: [] });
  private benefits: BenefitRule[] = [];
  private readonly situations = new Map<string, Situation>();

  constructor(private readonly view: CatalogView = {}) {}

  addItems(items: readonly CatalogItem[]): void {
    for (const item of items) if (this.offers(item.region)) this.items.set(item.code, item);
  }

  /** After their items: a 一件事 is offered only where every item in it is. */
  addLifeEvents(events: readonly LifeEvent[]): void {
    for (const event of events) {
      if (this.offers(event.region) && event.items.every((code) => this.items.has(code))) this.events.set(event.code, event);
    }
  }

  /** After the items and 一件事 they index; the entries of what is not offered here are left out. */
  addEntries(entries: readonly SnapshotEntry[]): void {
    this.index.add(entries.filter((e) => this.items.has(e.code) || this.events.has(e.code)));
  }

  /** After the items and 一件事: a situation is offered only where everything its outcomes name is. */
  addSituations(situations: readonly Situation[]): void {
    for (const situation of situations) {
      if (this.offers(situation.region) && itemsNamed(situation).every((code) => this.items.has(code) || this.events.has(code))) this.situations.set(situation.code, situation);
    }
  }

  addBenefits(benefits: readonly BenefitRule[]): void {
    for (const benefit of benefits) if (this.offers(benefit.region)) this.benefits.push(benefit);
  }

  build(version: number): Catalog {
    return new Catalog({
      version,
      items: this.items,
      events: this.events,
      benefits: this.benefits,
      situations: this.situations,
      index: this.index,
      uses: this.view.uses ?? (() => new Map()),
    });
  }

  /** What is offered so far, for an index worked out here (no stored one). */
  offered(): (CatalogItem | LifeEvent)[] {
    return [...this.items.values(), ...this.events.values()];
  }

  private offers(scope: string): boolean {
    return this.view.regionCode === undefined || regionCovers(scope, this.view.regionCode);
  }
}

export interface WholeCatalog extends CatalogView {
  version?: number;
  /** The index stored beside the bundle; worked out here (pinyin over what is offered) when absent. */
  search?: SearchSnapshot;
}

/** A whole document at once: the demo catalog, or the installed bundle at start-up. */
export function catalogOf(document: CatalogDocumentInput = demoCatalog, options: WholeCatalog = {}): Catalog {
  const builder = new CatalogBuilder(options);
  builder.addItems(document.items);
  builder.addLifeEvents(document.lifeEvents);
  builder.addEntries((options.search ?? snapshotOf(builder.offered())).entries);
  builder.addBenefits(document.benefits);
  builder.addSituations(document.situations ?? []);
  return builder.build(options.version ?? 0);
}
