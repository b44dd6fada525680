import { useTranslation } from 'react-i18next';
import type { Rollout } from '../../platform/protocol/catalog-rollout.js';
import { writtenRegionCode } from '../../standards/region-code.js';

/** Where a version stands, in words: its stage, with how many canaries or which region. */
export function useStageWords(): (rollout: Rollout) => string {
  const { t } = useTranslation('rollouts');
  return (rollout) => t(`stage_${rollout.stage}`, { count: rollout.terminals.length, region: rollout.regionCode === null ? '' : writtenRegionCode(rollout.regionCode) });
}
