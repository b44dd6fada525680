import type { CatalogBuilder } from '../catalog-builder.js';
import type { CatalogDocument } from '../catalog-document.js';
import type { CatalogItem } from '../item.js';
import { entryReader, type Searchable, type SearchSnapshot } from '../search.js';

/** What the store keeps of an index besides the bundle, and how many items the bundle brought. */
export interface IndexedBundle {
  /** The index as UTF-8 JSON, a piece per run: joined, the whole snapshot's text. */
  searchIndexPieces: Buffer[];
  itemCount: number;
}

/**
 * Works out the search index of a bundle's checked items a run at a time, as they pass, and hands
 * items and entries to the terminal's catalog builder: pinyin and indexing on the core overlap the
 * worker checking the runs that follow. Besides the builder it keeps only the index's text for the
 * store: every object kept while a 20,000-item bundle streams in is copied by each young-generation
 * collection, and those pauses are the core's longest.
 */
export class RunIndexer {
  private readonly read = entryReader();
  private readonly pieces: Buffer[] = [];
  private itemCount = 0;

  constructor(private readonly builder: CatalogBuilder) {}

  addItems(items: readonly CatalogItem[]): void {
    this.builder.addItems(items);
    this.builder.addEntries(this.indexed(items));
    this.itemCount += items.length;
  }

  /** The last step, after every item: 一件事 and situations name items. */
  finish(rest: Omit<CatalogDocument, 'items'>): IndexedBundle {
    this.builder.addLifeEvents(rest.lifeEvents);
    this.builder.addEntries(this.indexed(rest.lifeEvents));
    this.builder.addBenefits(rest.benefits);
    this.builder.addSituations(rest.situations);
    const close = Buffer.from(this.pieces.length === 0 ? '{"entries":[]}' : ']}');
    return { searchIndexPieces: [...this.pieces, close], itemCount: this.itemCount };
  }

  private indexed(searchables: readonly Searchable[]): SearchSnapshot['entries'] {
    const entries = this.read(searchables);
    if (entries.length > 0) this.pieces.push(Buffer.from(`${this.pieces.length === 0 ? '{"entries":[' : ','}${JSON.stringify(entries).slice(1, -1)}`));
    return entries;
  }
}
