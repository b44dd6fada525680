import { lifeStages, type BrowseEntry, type LifeStage, type ServedParty } from '../../api.js';
import type { ListKind } from '../../flow/flow.js';

/** What the browse bar shows: everything for the party, 热门事项, one 人生事件, or one department. */
export type Facet = { view: 'all' } | { view: 'popular' } | { view: 'stage'; stage: LifeStage } | { view: 'department'; department: string };

/** A guide belongs to an item; a 一件事 has none, so the guide list offers items only. */
function fitsList(entry: BrowseEntry, list: ListKind): boolean {
  if (list === 'guides') return entry.kind === 'item';
  if (list === 'lifeEvents') return entry.kind === 'lifeEvent';
  return true;
}

/**
 * The entries the citizen asked to see, for the party they chose (个人 or 法人). "All" lists the
 * items as the list always has; a stage or department also lists the 一件事 filed under it,
 * since that is often what the citizen came for. 热门事项 keep their rank.
 */
export function browseList(entries: readonly BrowseEntry[], popular: readonly string[], list: ListKind, party: ServedParty, facet: Facet): BrowseEntry[] {
  const offered = entries.filter((e) => fitsList(e, list) && e.serves.includes(party));
  switch (facet.view) {
    case 'all':
      return list === 'lifeEvents' ? offered : offered.filter((e) => e.kind === 'item');
    case 'popular':
      return popular.flatMap((code) => offered.filter((e) => e.code === code));
    case 'stage':
      return offered.filter((e) => e.stages.includes(facet.stage));
    case 'department':
      return offered.filter((e) => e.department === facet.department);
  }
}

/** The 人生事件 with something filed under them for this party, in life's order. */
export function stagesOf(entries: readonly BrowseEntry[], party: ServedParty): LifeStage[] {
  const used = new Set(entries.filter((e) => e.serves.includes(party)).flatMap((e) => e.stages));
  return lifeStages.filter((s) => used.has(s));
}

/** The departments with items for this party, busiest first (most items), then by name. */
export function departmentsOf(entries: readonly BrowseEntry[], party: ServedParty): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.kind === 'item' && e.serves.includes(party)) counts.set(e.department, (counts.get(e.department) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([name]) => name);
}
