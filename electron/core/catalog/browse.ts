import type { BrowseEntry } from '../../api/values.js';
import type { CatalogItem } from './item.js';
import type { LifeEvent } from './life-event.js';

type Summarized = Omit<BrowseEntry, 'kind' | 'serves' | 'stages'>;

/** An item filed for browsing. */
export function itemEntry(item: CatalogItem, summary: Summarized): BrowseEntry {
  return { ...summary, kind: 'item', serves: item.serves, stages: item.stages ?? [] };
}

/** A 一件事 is filed wherever one of its items is: whom they serve, the stages they belong to. */
export function eventEntry(event: LifeEvent, items: readonly CatalogItem[], summary: Summarized): BrowseEntry {
  const serves = [...new Set(items.flatMap((i) => i.serves))];
  const stages = [...new Set(items.flatMap((i) => i.stages ?? []))];
  return { ...summary, code: event.code, kind: 'lifeEvent', serves, stages };
}

/**
 * 热门事项: the offered codes asked for most on this terminal, most first; equal counts keep the
 * catalog's order, so the list does not shuffle between visits. Nothing asked for is not 热门:
 * a new terminal shows no such list rather than one it made up.
 */
export function popularCodes(offered: readonly string[], uses: ReadonlyMap<string, number>, limit = 6): string[] {
  return offered
    .map((code, order) => ({ code, order, n: uses.get(code) ?? 0 }))
    .filter((e) => e.n > 0)
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .slice(0, limit)
    .map((e) => e.code);
}

/**
 * 热门事项 from the platform's count for the terminal's region (most first) where it names items
 * this terminal offers; this terminal's own counts otherwise (no reply since start, a new region).
 */
export function popularFor(offered: readonly string[], region: readonly string[], local: ReadonlyMap<string, number>): { codes: string[]; from: 'region' | 'terminal' } {
  const fromRegion = popularCodes(offered, new Map(region.map((code, rank) => [code, region.length - rank])));
  return fromRegion.length > 0 ? { codes: fromRegion, from: 'region' } : { codes: popularCodes(offered, local), from: 'terminal' };
}
