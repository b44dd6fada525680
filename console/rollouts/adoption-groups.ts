import type { Adoption, RolloutReply } from '../../platform/protocol/catalog-rollout.js';

/** One row of the adoption table: the canary set, or the terminals of one county (区县, six digits). */
export interface AdoptionGroup {
  /** 'canary', or a county's six-digit code. */
  group: string;
  installed: number;
  refused: number;
  waiting: number;
}

/**
 * A version's terminals counted by where the rollout took them in: its canaries first (they are
 * what a canary stage is judged by), then each county in code order.
 */
export function adoptionGroups({ rollout, terminals }: RolloutReply): AdoptionGroup[] {
  const canaries = new Set(rollout.terminals);
  const groups = new Map<string, AdoptionGroup>();
  const add = (group: string, adoption: Adoption['adoption']) => {
    const row = groups.get(group) ?? { group, installed: 0, refused: 0, waiting: 0 };
    row[adoption] += 1;
    groups.set(group, row);
  };
  for (const terminal of terminals) add(canaries.has(terminal.terminalId) ? 'canary' : terminal.regionCode.slice(0, 6), terminal.adoption);
  const order = (group: string) => (group === 'canary' ? '' : group);
  return [...groups.values()].sort((a, b) => order(a.group).localeCompare(order(b.group)));
}
