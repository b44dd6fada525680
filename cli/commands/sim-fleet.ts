import { startFleet, type RunningFleet } from '../../fleet-sim/fleet.js';
import { summaryLine } from '../../fleet-sim/tally.js';
import { integer, parse, required } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../fail.js';
import { untilSignal } from '../until-signal.js';

const usage =
  'tongban sim fleet --terminals N --platform URL [--admin-token T] [--seed S] [--speed X] [--offline-share P] [--faults]   (admin token: --admin-token or $TONGBAN_ADMIN_TOKEN)';

/** A share of the fleet as a plain decimal from 0 to 1 ("0.1"): what --offline-share takes. */
function share(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isNaN(n)) throw new UsageError(`${flag} must be a share from 0 to 1 such as 0.1, got "${value}"\nusage: ${usage}`);
  return n;
}

function adminToken(flag: string | undefined): string {
  const token = flag ?? process.env.TONGBAN_ADMIN_TOKEN;
  if (!token) throw new UsageError(`an admin token is needed to make enrollment tokens: --admin-token or $TONGBAN_ADMIN_TOKEN\nusage: ${usage}`);
  return token;
}

const minuteMs = 60_000;

/** One line a minute on stderr while it runs, and a last one when it stops. */
function reportEachMinute(running: RunningFleet): () => void {
  const report = () => {
    const { online, offline } = running.counts();
    process.stderr.write(`${new Date().toISOString()} ${summaryLine(running.tally, online, offline)}\n`);
  };
  const timer = setInterval(report, minuteMs);
  return () => {
    clearInterval(timer);
    report();
  };
}

/**
 * N terminals at the protocol level against a platform, each enrolled with its own token, beating,
 * sending cases, reviews and help calls at a pace `--speed` times real time, until Ctrl+C or
 * SIGTERM. Stdout: one JSON line naming the fleet once it is enrolled.
 */
async function run(argv: string[]): Promise<void> {
  const options = {
    terminals: { type: 'string' },
    platform: { type: 'string' },
    'admin-token': { type: 'string' },
    seed: { type: 'string' },
    speed: { type: 'string' },
    'offline-share': { type: 'string' },
    faults: { type: 'boolean' },
  } as const;
  const { values } = parse(argv, options, usage);
  // Listened for from the start: a signal during enrollment stops the fleet as soon as it stands.
  const signalled = untilSignal();
  const running = await startFleet({
    terminals: integer(required(values.terminals, '--terminals', usage), '--terminals', 0, { min: 1, max: 10_000 }),
    platformUrl: required(values.platform, '--platform', usage).replace(/\/+$/, ''),
    adminToken: adminToken(values['admin-token']),
    seed: values.seed ?? '1',
    speed: integer(values.speed, '--speed', 1, { min: 1, max: 36_000 }),
    offlineShare: share(values['offline-share'], '--offline-share', 0.1),
    faults: values.faults ?? false,
  });
  const fleet = running.terminals.map(({ code, plan }) => ({ code, hallName: plan.hall.hallName, regionCode: plan.hall.regionCode }));
  process.stdout.write(`${JSON.stringify({ terminals: fleet })}\n`);
  const lastReport = reportEachMinute(running);
  await signalled;
  await running.stop();
  lastReport();
}

export const fleet: Command = { usage, summary: 'simulated terminals against a platform', run };
