import type { DemoChild } from './demo-child.js';

/** One fault, struck when the soak reaches a share of its citizens, and healed later (or left, as an update is). */
interface Fault {
  name: string;
  /** Share of the run at which it strikes. */
  at: number;
  /** A fault that must have healed first: an update is not published to a platform that is away. */
  after?: string;
  strike(demo: DemoChild): Promise<unknown>;
  /** Whether it may heal now: after a share of the run, or after some minutes of wall time. */
  healsAt?: { share: number } | { afterMs: number };
  heal?(demo: DemoChild): Promise<unknown>;
}

/** The name `--faults` publishes its catalog update under, for whoever asks when it struck. */
export const catalogUpdateFault = 'catalog update published';

/**
 * `--faults`: what a lobby's months bring. Paper runs out and is replaced; the reader's cable is
 * pulled and pushed back (citizens type their number meanwhile); the platform is away for
 * minutes (the outbox holds everything, then drains); a new catalog version is published, which
 * the kiosk hears of in a heartbeat reply and installs while citizens go on.
 */
export function faultPlan(platformDownMs: number): Fault[] {
  return [
    ...rehearsal,
    { name: 'printer paper out', at: 0.2, strike: (d) => d.ask({ op: 'paper', out: true }), healsAt: { share: 0.27 }, heal: (d) => d.ask({ op: 'paper', out: false }) },
    { name: 'ID card reader unplugged', at: 0.35, strike: (d) => d.ask({ op: 'reader', plugged: false }), healsAt: { share: 0.42 }, heal: (d) => d.ask({ op: 'reader', plugged: true }) },
    { name: 'platform down', at: 0.5, strike: (d) => d.ask({ op: 'platform', up: false }), healsAt: { afterMs: platformDownMs }, heal: (d) => d.ask({ op: 'platform', up: true }) },
    { name: catalogUpdateFault, at: 0.55, after: 'platform down', strike: (d) => d.ask({ op: 'publishCatalog' }) },
  ];
}

/**
 * Each device and platform fault once, briefly, in the warm-up (before the figures' first
 * citizen at 10% or half-way): a kiosk months in service has met them before, so V8 has compiled
 * their paths, and the growth from citizen 1,000 is what the later faults leave, not first-time
 * compilation (the snapshots of a run without it named compiled code as most of the core's growth).
 */
const rehearsal: Fault[] = [
  { name: 'rehearsal: printer paper out', at: 0.02, strike: (d) => d.ask({ op: 'paper', out: true }), healsAt: { share: 0.03 }, heal: (d) => d.ask({ op: 'paper', out: false }) },
  { name: 'rehearsal: ID card reader unplugged', at: 0.04, strike: (d) => d.ask({ op: 'reader', plugged: false }), healsAt: { share: 0.05 }, heal: (d) => d.ask({ op: 'reader', plugged: true }) },
  { name: 'rehearsal: platform down', at: 0.06, strike: (d) => d.ask({ op: 'platform', up: false }), healsAt: { afterMs: 20_000 }, heal: (d) => d.ask({ op: 'platform', up: true }) },
];

/** Strikes and heals the plan's faults as the run goes, saying so on stderr. */
export class FaultSchedule {
  /** When each fault struck: the citizen and the wall time. */
  private readonly struck = new Map<Fault, { citizen: number; at: number }>();
  private readonly healed = new Set<Fault>();

  constructor(
    private readonly plan: Fault[],
    private readonly demo: DemoChild,
    private readonly citizens: number,
  ) {}

  /** The citizen at whom the named fault struck; undefined if it has not. */
  struckAt(name: string): number | undefined {
    return [...this.struck].find(([fault]) => fault.name === name)?.[1].citizen;
  }

  async step(citizen: number): Promise<void> {
    const share = citizen / this.citizens;
    for (const fault of this.plan) {
      if (!this.struck.has(fault) && share >= fault.at && this.isHealed(fault.after)) {
        await fault.strike(this.demo);
        this.struck.set(fault, { citizen, at: Date.now() });
        process.stderr.write(`citizen ${citizen}: ${fault.name}\n`);
      }
      const since = this.struck.get(fault)?.at;
      if (since === undefined || this.healed.has(fault) || !fault.healsAt) continue;
      const due = 'share' in fault.healsAt ? share >= fault.healsAt.share : Date.now() - since >= fault.healsAt.afterMs;
      if (due || citizen >= this.citizens) await this.healNow(fault, citizen);
    }
  }

  private isHealed(name: string | undefined): boolean {
    return name === undefined || [...this.healed].some((fault) => fault.name === name);
  }

  private async healNow(fault: Fault, citizen: number): Promise<void> {
    await fault.heal?.(this.demo);
    this.healed.add(fault);
    process.stderr.write(`citizen ${citizen}: ${fault.name}, healed\n`);
  }
}
