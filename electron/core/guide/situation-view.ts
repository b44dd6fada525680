import type { SituationView } from '../../api/guided-help.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogItem } from '../catalog/item.js';
import { joinForms } from '../catalog/life-event.js';
import type { Situation, SituationNode } from '../catalog/situation.js';

type OutcomeView = Extract<SituationView['nodes'][string], { kind: 'outcome' }>;

/**
 * An outcome as the citizen reads it: the items (or 一件事) to apply for and one materials list for
 * all of them, a paper several items ask for named once. The list is the outcome's own: another
 * answer leads to other items, and so to other papers.
 */
function outcomeView(catalog: Catalog, node: Extract<SituationNode, { kind: 'outcome' }>): OutcomeView {
  const applicables = node.items.map((code) => catalog.applicable(code));
  const items: CatalogItem[] = applicables.flatMap((a) => a.items);
  const materials = joinForms(items).materials.map((m) => ({
    name: m.name,
    necessity: m.necessity,
    electronic: m.eCertificate !== undefined,
    paperCopies: m.paperCopies,
    original: m.original,
  }));
  return {
    kind: 'outcome',
    text: node.text,
    items: applicables.map((a) => ({ ...a.summary, kind: a.event ? ('lifeEvent' as const) : ('item' as const) })),
    materials,
  };
}

/** The whole tree with its outcomes worked out against this terminal's catalog. */
export function situationView(catalog: Catalog, situation: Situation): SituationView {
  const nodes: SituationView['nodes'] = {};
  for (const [id, node] of Object.entries(situation.nodes)) nodes[id] = node.kind === 'outcome' ? outcomeView(catalog, node) : node;
  return { code: situation.code, name: situation.name, description: situation.description, start: situation.start, nodes };
}
