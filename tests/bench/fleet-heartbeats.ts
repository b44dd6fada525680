// Heartbeats from a simulated fleet, one minute's worth (every terminal beats once), against a
// platform in a process of its own on a real PostgreSQL, so its CPU is its own; beside a bare
// GET /v1/health through the same lanes in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { createInterface } from 'node:readline';
import { enrollByToken } from '../../fleet-sim/enroll-by-token.js';
import { planFleet } from '../../fleet-sim/fleet-plan.js';
import { pooled } from '../../fleet-sim/pooled.js';
import { signedPost } from '../../fleet-sim/signed-post.js';
import { SimTerminal } from '../../fleet-sim/sim-terminal.js';
import { emptyTally } from '../../fleet-sim/tally.js';
import { startPostgresServer } from '../support/postgres-server.js';
import { figure, percentile, type Figure } from './figure.js';

const terminalCount = Number(process.env.BENCH_FLEET_TERMINALS ?? 3000);
/** Requests in flight at once, as in the platform-ingest figures. */
const concurrency = 64;
const adminToken = 'bench-admin-token-0123456789';

/** User + system CPU of a process so far, in ms (Linux: /proc/PID/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function expectOk(res: Response, what: string): Promise<void> {
  if (res.status !== 200) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

interface Measured {
  p99: number;
  cpuPerRequest: number;
}

async function measure(pid: number, tasks: readonly (() => Promise<void>)[]): Promise<Measured> {
  const cpuBefore = cpuMs(pid);
  const latencies = await pooled(tasks, concurrency);
  return { p99: percentile(latencies, 99), cpuPerRequest: (cpuMs(pid) - cpuBefore) / tasks.length };
}

/** `tongban platform` in a process of its own; resolves with the URL it prints first. */
async function platformProcess(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/tongban.js', 'platform', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TONGBAN_ADMIN_TOKEN: adminToken } });
  const [url] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  return { url, child };
}

/** A minute, as the fleet spreads its beats: each task starts at its own moment of it, without waiting for the others. */
async function overOneMinute(tasks: readonly (() => Promise<void>)[]): Promise<number[]> {
  const spacing = 60_000 / tasks.length;
  const start = performance.now();
  return Promise.all(
    tasks.map(async (task, i) => {
      await delay(Math.max(0, start + i * spacing - performance.now()));
      const sent = performance.now();
      await task();
      return performance.now() - sent;
    }),
  );
}

async function enrolledFleet(url: string): Promise<SimTerminal[]> {
  const tally = emptyTally();
  const plans = planFleet({ terminals: terminalCount, seed: 'bench', offlineShare: 0, faults: true });
  const terminals: SimTerminal[] = [];
  await pooled(plans.map((plan) => async () => void terminals.push(new SimTerminal(plan, await enrollByToken(url, adminToken, plan.hall), url, tally))), 16);
  return terminals;
}

export async function fleetHeartbeatFigures(): Promise<Figure[]> {
  const server = await startPostgresServer({ durable: true });
  const { url, child } = await platformProcess(await server.createDatabase('fleet'));
  try {
    const pid = child.pid ?? 0;
    const terminals = await enrolledFleet(url);
    const beat = (t: SimTerminal) => async () => expectOk(await signedPost(url, t.enrolled, '/v1/heartbeats', t.heartbeat()), 'heartbeat');
    await pooled(terminals.map(beat), concurrency); // the first beat inserts each terminal's row; later ones update it
    const beats = await measure(pid, terminals.map(beat));
    const health = () => async () => expectOk(await fetch(`${url}/v1/health`), 'health');
    const bare = await measure(pid, terminals.map(health));
    // Paced as a fleet beats (every terminal once in the minute), a bare request interleaved with each beat.
    const paced = await overOneMinute(terminals.flatMap((t) => [beat(t), health()]));
    const pacedBeats = paced.filter((_, i) => i % 2 === 0);
    const pacedHealth = paced.filter((_, i) => i % 2 === 1);
    return [
      figure(`heartbeat p99, ${terminalCount} terminals in one minute`, percentile(pacedBeats, 99), 'ms', 'GET /v1/health p99, interleaved', percentile(pacedHealth, 99)),
      figure(`heartbeat p99, ${terminalCount} at once, ${concurrency} in flight`, beats.p99, 'ms', 'GET /v1/health p99, same lanes', bare.p99),
      figure('platform CPU per heartbeat', beats.cpuPerRequest, 'ms', 'platform CPU per GET /v1/health', bare.cpuPerRequest),
    ];
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    server.stop();
  }
}
