import { describe, expect, it } from 'vitest';
import type { Rollout, RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { widenChoices } from './widen-choices.js';

const rollout: Rollout = { version: 2, stage: 'canary', state: 'active', terminals: ['a', 'c'], regionCode: null, rollbackOf: null };
const terminal = (terminalId: string, regionCode: string) => ({ terminalId, terminalCode: terminalId.toUpperCase(), regionCode, adoption: 'waiting' as const, installedVersion: 1, refused: null });
const reply = (r: Partial<Rollout>): RolloutReply => ({
  rollout: { ...rollout, ...r },
  counts: { installed: 0, refused: 0, waiting: 3 },
  terminals: [terminal('a', '420102001001'), terminal('b', '420106000000'), terminal('c', '420103000000')],
});
const codes = (reply: RolloutReply, scope: string) => widenChoices(reply, scope).map((t) => (t.stage === 'all' ? 'all' : t.regionCode));

describe('where a version can be widened to', () => {
  it("offers a canary version its canaries' own regions and those above, narrowest first, inside the scope, then all", () => {
    expect(codes(reply({}), '420000')).toEqual(['420102001001', '420102001000', '420102000000', '420103000000', '420100000000', 'all']);
  });

  it('leaves out the scope itself, which is all by another name', () => {
    expect(codes(reply({}), '420100')).toEqual(['420102001001', '420102001000', '420102000000', '420103000000', 'all']);
  });

  it('widens a region stage only to regions above it', () => {
    expect(codes(reply({ stage: 'region', regionCode: '420102000000' }), '420000')).toEqual(['420100000000', 'all']);
  });

  it('offers nothing once a version reaches all, or was rolled back', () => {
    expect(widenChoices(reply({ stage: 'all' }), '420000')).toEqual([]);
    expect(widenChoices(reply({ state: 'rolled_back' }), '420000')).toEqual([]);
  });
});
