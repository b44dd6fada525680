import type { RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { fullRegionCode, regionAndAbove, regionCovers } from '../../standards/region-code.js';

/** Where a version can be widened to: a region (12 digits) that takes in more, or every terminal in its scope. */
export type WidenTarget = { stage: 'region'; regionCode: string } | { stage: 'all' };

/**
 * The next stages of a version, narrowest first: the regions where it reaches now and above (its
 * canaries' own, their township, county and city; or those above its region), strictly inside the bundle's scope;
 * then all. A widening never narrows, and a region as wide as the scope is "all" by another name.
 */
export function widenChoices({ rollout, terminals }: RolloutReply, scope: string): WidenTarget[] {
  if (rollout.stage === 'all' || rollout.state === 'rolled_back') return [];
  const canaries = new Set(rollout.terminals);
  const reachedFrom = rollout.stage === 'region' && rollout.regionCode !== null ? [rollout.regionCode] : terminals.filter((t) => canaries.has(t.terminalId)).map((t) => t.regionCode);
  const wider = (code: string) => code !== fullRegionCode(scope) && regionCovers(scope, code) && code !== rollout.regionCode;
  const regions = new Set(reachedFrom.flatMap((code) => regionAndAbove(code).filter(wider)));
  // Narrowest first: a longer run of significant digits is a smaller region.
  const narrowness = (code: string) => code.replace(/0+$/, '').length;
  const ordered = [...regions].sort((a, b) => narrowness(b) - narrowness(a) || a.localeCompare(b));
  return [...ordered.map((regionCode) => ({ stage: 'region' as const, regionCode })), { stage: 'all' }];
}
