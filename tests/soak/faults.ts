import type { DemoChild } from './demo-child.js';

/** One fault, struck when the soak reaches a share of its citizens, and healed later. */
interface Fault {
  name: string;
  /** Share of the run at which it strikes. */
  at: number;
  strike(demo: DemoChild): Promise<unknown>;
  /** Whether it may heal now: after a share of the run, or after some minutes of wall time. */
  healsAt: { share: number } | { afterMs: number };
  heal(demo: DemoChild): Promise<unknown>;
}

/**
 * `--faults`: what a lobby's months bring. Paper runs out and is replaced; the reader's cable is
 * pulled and pushed back (citizens type their number meanwhile); the platform is away for
 * minutes (the outbox holds everything, then drains).
 */
export function faultPlan(platformDownMs: number): Fault[] {
  return [
    { name: 'printer paper out', at: 0.2, strike: (d) => d.ask({ op: 'paper', out: true }), healsAt: { share: 0.27 }, heal: (d) => d.ask({ op: 'paper', out: false }) },
    { name: 'ID card reader unplugged', at: 0.35, strike: (d) => d.ask({ op: 'reader', plugged: false }), healsAt: { share: 0.42 }, heal: (d) => d.ask({ op: 'reader', plugged: true }) },
    { name: 'platform down', at: 0.5, strike: (d) => d.ask({ op: 'platform', up: false }), healsAt: { afterMs: platformDownMs }, heal: (d) => d.ask({ op: 'platform', up: true }) },
  ];
}

/** Strikes and heals the plan's faults as the run goes, saying so on stderr. */
export class FaultSchedule {
  private readonly struck = new Map<Fault, number>();
  private readonly healed = new Set<Fault>();

  constructor(
    private readonly plan: Fault[],
    private readonly demo: DemoChild,
    private readonly citizens: number,
  ) {}

  async step(citizen: number): Promise<void> {
    const share = citizen / this.citizens;
    for (const fault of this.plan) {
      if (!this.struck.has(fault) && share >= fault.at) {
        await fault.strike(this.demo);
        this.struck.set(fault, Date.now());
        process.stderr.write(`citizen ${citizen}: ${fault.name}\n`);
      }
      const since = this.struck.get(fault);
      if (since === undefined || this.healed.has(fault)) continue;
      const due = 'share' in fault.healsAt ? share >= fault.healsAt.share : Date.now() - since >= fault.healsAt.afterMs;
      if (due || citizen >= this.citizens) await this.healNow(fault, citizen);
    }
  }

  private async healNow(fault: Fault, citizen: number): Promise<void> {
    await fault.heal(this.demo);
    this.healed.add(fault);
    process.stderr.write(`citizen ${citizen}: ${fault.name}, healed\n`);
  }
}
