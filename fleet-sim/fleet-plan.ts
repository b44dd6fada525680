import type { EnrollmentTokenRequest } from '../platform/protocol/index.js';
import { hallKinds, hubeiDistricts } from './hubei-halls.js';
import { seededPrng, type Prng } from './prng.js';

/** What --faults gives a terminal from its start: the troubles a technician is called out for. */
export type Fault = 'paper-out' | 'reader-unplugged' | 'stuck-outbox';

/** One simulated terminal as the seed decides it, before the platform has given it a code. */
export interface TerminalPlan {
  index: number;
  hall: EnrollmentTokenRequest;
  /** Simulated minutes during which it has no line; none for most. */
  offline: { from: number; until: number } | undefined;
  /** How far its clock is off, in ms; 0 for most, a few minutes for some (inside the platform's replay window). */
  clockSkewMs: number;
  faults: readonly Fault[];
  appVersion: string;
  catalogVersion: string;
  /** Its own stream: what happens at this terminal does not depend on how the others were timed. */
  prng: Prng;
}

export interface FleetOptions {
  terminals: number;
  seed: string;
  /** The share of terminals that lose their line for a while, 0..1. */
  offlineShare: number;
  faults: boolean;
}

const appVersions = ['0.1.0', '0.1.0', '0.1.0', '0.1.1', '0.1.1', '0.2.0'] as const;
const catalogVersions = ['2026.11.1', '2026.11.1', '2026.11.2'] as const;
const faultKinds: readonly Fault[] = ['paper-out', 'reader-unplugged', 'stuck-outbox'];

function offlineWindow(prng: Prng, share: number): TerminalPlan['offline'] {
  if (!prng.chance(share)) return undefined;
  const from = prng.between(0, 20);
  return { from, until: from + prng.between(20, 120) };
}

function planOne(options: FleetOptions, index: number): TerminalPlan {
  const prng = seededPrng(`${options.seed}/terminal/${index}`);
  const district = prng.pick(hubeiDistricts);
  const hallName = `${district.city}${district.name}${prng.pick(hallKinds)}`;
  const skewed = prng.chance(0.05);
  return {
    index,
    hall: { hallName, terminalName: `模拟终端 ${index + 1} 号机`, regionCode: district.regionCode },
    offline: offlineWindow(prng, options.offlineShare),
    clockSkewMs: skewed ? prng.between(-8, 8) * 60_000 + prng.between(1, 59) * 1000 : 0,
    faults: options.faults && prng.chance(0.2) ? [prng.pick(faultKinds)] : [],
    appVersion: prng.pick(appVersions),
    catalogVersion: prng.pick(catalogVersions),
    prng,
  };
}

/** The fleet the seed describes: the same seed, the same halls, regions, windows and faults. */
export function planFleet(options: FleetOptions): TerminalPlan[] {
  return Array.from({ length: options.terminals }, (_, i) => planOne(options, i));
}
