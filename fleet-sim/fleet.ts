import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { enrollByToken } from './enroll-by-token.js';
import { planFleet, type FleetOptions } from './fleet-plan.js';
import { pooled } from './pooled.js';
import { SimTerminal } from './sim-terminal.js';
import { emptyTally, type Tally } from './tally.js';

export interface FleetRun extends FleetOptions {
  platformUrl: string;
  adminToken: string;
  /** Simulated seconds per real second: 60 makes a heartbeat minute last one real second. */
  speed: number;
  /** Enrollments in flight at once. */
  enrollConcurrency?: number;
}

export interface RunningFleet {
  /** In plan order, each with the code the platform gave it. */
  terminals: readonly SimTerminal[];
  tally: Tally;
  counts(): { online: number; offline: number };
  /** 'beat' after every heartbeat the platform answered, with the tally. */
  events: EventEmitter<{ beat: [Tally] }>;
  /** Stops every terminal after the request it has in flight; resolves when all have stopped. */
  stop(): Promise<void>;
}

/** Until the platform's first reply says otherwise: its own default interval. */
const firstIntervalSeconds = 60;

/** A terminal's life: first beat at a seeded moment of its first interval, then every interval the platform asks for. */
async function beatUntilStopped(terminal: SimTerminal, run: FleetRun, stopping: AbortSignal, events: RunningFleet['events'], tally: Tally): Promise<void> {
  let seconds = firstIntervalSeconds;
  let wait = terminal.plan.prng.next() * seconds;
  try {
    for (;;) {
      await delay((wait * 1000) / run.speed, undefined, { signal: stopping });
      const asked = await terminal.step(seconds / 60);
      if (asked !== undefined) {
        seconds = asked;
        events.emit('beat', tally);
      }
      wait = seconds;
    }
  } catch (error) {
    if (!stopping.aborted) throw error;
  }
}

/**
 * Enrolls the planned fleet for real (a token each through the admin API) and runs it until
 * stopped. An enrollment the platform refuses ends the run before any terminal beats.
 */
export async function startFleet(run: FleetRun): Promise<RunningFleet> {
  const plans = planFleet(run);
  const tally = emptyTally();
  const byIndex = new Map<number, SimTerminal>();
  await pooled(
    plans.map((plan) => async () => {
      byIndex.set(plan.index, new SimTerminal(plan, await enrollByToken(run.platformUrl, run.adminToken, plan.hall), run.platformUrl, tally));
    }),
    run.enrollConcurrency ?? 8,
  );
  const enrolled = plans.map((plan) => {
    const terminal = byIndex.get(plan.index);
    if (!terminal) throw new Error(`terminal ${plan.index} was not enrolled`);
    return terminal;
  });
  const stopping = new AbortController();
  const events: RunningFleet['events'] = new EventEmitter();
  const lives = enrolled.map((terminal) => beatUntilStopped(terminal, run, stopping.signal, events, tally));
  return {
    terminals: enrolled,
    tally,
    events,
    counts() {
      const online = enrolled.filter((t) => t.online).length;
      return { online, offline: enrolled.length - online };
    },
    async stop() {
      stopping.abort();
      await Promise.all(lives);
    },
  };
}
