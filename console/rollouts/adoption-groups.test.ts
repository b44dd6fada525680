import { describe, expect, it } from 'vitest';
import type { Adoption, RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { adoptionGroups } from './adoption-groups.js';

const terminal = (terminalId: string, regionCode: string, adoption: Adoption['adoption']): Adoption => ({
  terminalId,
  terminalCode: terminalId.toUpperCase(),
  regionCode,
  adoption,
  installedVersion: adoption === 'installed' ? 3 : 2,
  refused: adoption === 'refused' ? { reason: 'untrusted_key', detail: 'untrusted_key' } : null,
});

const reply = (terminals: Adoption[], canaries: string[]): RolloutReply => ({
  rollout: { version: 3, stage: 'region', state: 'active', terminals: canaries, regionCode: '420106000000', rollbackOf: null },
  counts: { installed: 0, refused: 0, waiting: 0 },
  terminals,
});

describe('adoption by canary set and county', () => {
  it('counts canaries apart from their county, first, and the counties in code order by their six digits', () => {
    const groups = adoptionGroups(
      reply(
        [
          terminal('c1', '420106', 'installed'),
          terminal('b1', '420106001002', 'waiting'),
          terminal('b2', '420106', 'installed'),
          terminal('a1', '420102', 'refused'),
          terminal('c2', '420102', 'refused'),
        ],
        ['c1', 'c2'],
      ),
    );
    expect(groups).toEqual([
      { group: 'canary', installed: 1, refused: 1, waiting: 0 },
      { group: '420102', installed: 0, refused: 1, waiting: 0 },
      { group: '420106', installed: 1, refused: 0, waiting: 1 },
    ]);
  });

  it('has no canary row when the rollout has no canaries', () => {
    expect(adoptionGroups(reply([terminal('a', '420102', 'waiting')], [])).map((g) => g.group)).toEqual(['420102']);
  });
});
