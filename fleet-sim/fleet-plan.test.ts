import { describe, expect, it } from 'vitest';
import { regionCovers } from '../standards/region-code.js';
import { planFleet, type FleetOptions } from './fleet-plan.js';

const options: FleetOptions = { terminals: 200, seed: 'hubei', offlineShare: 0.1, faults: true };
/** What a plan says, without its random stream (a function, compared by identity). */
const described = (seed: string) => planFleet({ ...options, seed }).map(({ prng: _prng, ...plan }) => plan);

describe('a planned fleet', () => {
  it('is the same fleet for the same seed, and another for another seed', () => {
    expect(described('hubei')).toEqual(described('hubei'));
    expect(described('hubei')).not.toEqual(described('wuhan'));
  });

  it('stands in halls across Hubei, not in one district', () => {
    const plans = described('hubei');
    expect(plans.every((p) => regionCovers('420000', p.hall.regionCode))).toBe(true);
    expect(new Set(plans.map((p) => p.hall.regionCode.slice(0, 4))).size).toBeGreaterThan(5);
  });

  it('takes some terminals offline, gives some a skewed clock within the replay window, and faults only with --faults', () => {
    const plans = described('hubei');
    expect(plans.filter((p) => p.offline).length).toBeGreaterThan(0);
    expect(plans.filter((p) => p.offline).length).toBeLessThan(plans.length / 4);
    expect(plans.some((p) => p.clockSkewMs !== 0)).toBe(true);
    expect(plans.every((p) => Math.abs(p.clockSkewMs) < 15 * 60_000)).toBe(true);
    expect(plans.some((p) => p.faults.length > 0)).toBe(true);
    expect(planFleet({ ...options, faults: false }).every((p) => p.faults.length === 0)).toBe(true);
  });
});
