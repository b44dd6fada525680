import type { Queryable } from '../db/database.js';
import type { RolloutTarget } from '../protocol/catalog-rollout.js';
import { terminalIdsOf, type Reach } from './rollout-store.js';

/**
 * Where a stage reaches. A canary stage names its terminals; a region stage keeps the canaries
 * already in the rollout unless it names others, so widening never drops a terminal running it.
 */
export async function reachOf(db: Queryable, target: { stage: RolloutTarget['stage']; terminals?: readonly string[] | undefined; regionCode?: string | undefined }, canaries: readonly string[] = []): Promise<Reach> {
  const terminalIds = target.terminals ? await terminalIdsOf(db, target.terminals) : [...canaries];
  return { stage: target.stage, terminalIds, regionCode: target.stage === 'region' ? (target.regionCode ?? null) : null };
}
