import { describe, expect, it } from 'vitest';
import type { ScreenCapture, ToCore } from '../api/process.js';
import type { KioskStatus } from '../api/values.js';
import type { CoreChannel } from './core-connection.js';
import { CoreSupervisor, type SupervisorOptions } from './core-supervisor.js';
import { sampleKioskStatus } from '../../tests/support/kiosk-status.js';

const inService: KioskStatus = sampleKioskStatus;

/** A core process in memory: it starts and answers kiosk.status, or dies as soon as it is started. */
class ScriptedCore implements CoreChannel {
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly exitListeners: ((code: number | null) => void)[] = [];

  /** The configuration each start was given, and whether a technician's session goes on in it. */
  config: unknown;
  technicianSession: boolean | undefined;

  constructor(private readonly crashes: boolean) {}

  send(message: ToCore): void {
    queueMicrotask(() => this.receive(message));
  }
  onMessage(listener: (message: unknown) => void): void {
    this.messageListeners.push(listener);
  }
  onExit(listener: (code: number | null) => void): void {
    this.exitListeners.push(listener);
  }
  kill(): void {
    this.exit(null);
  }

  /** The shell's answers to captureScreen, in the order they came. */
  readonly captures: ScreenCapture[] = [];
  private answered: () => void = () => undefined;

  /** As a screenshot command does: the core asks the shell for the screen; resolves with its answer. */
  askScreen(id: number): Promise<ScreenCapture | undefined> {
    const seen = this.captures.length;
    const answer = new Promise<void>((resolve) => (this.answered = resolve));
    this.reply({ type: 'captureScreen', id });
    return answer.then(() => this.captures[seen]);
  }

  /** As technician.restart does: the core asks the shell for a fresh one. */
  askRestart(keepTechnician = false): void {
    this.reply({ type: 'restart', keepTechnician });
  }

  exit(code: number | null): void {
    for (const listener of this.exitListeners.splice(0)) listener(code);
  }

  private reply(message: unknown): void {
    for (const listener of this.messageListeners) listener(message);
  }

  private receive(message: ToCore): void {
    if (message.type === 'start') [this.config, this.technicianSession] = [message.config, message.technicianSession];
    if (message.type === 'start' && this.crashes) return this.exit(1);
    if (message.type === 'start') {
      this.reply({ type: 'ready' });
      return this.reply({ type: 'event', event: 'kiosk.status', payload: inService });
    }
    if (message.type === 'shutdown') return this.exit(0);
    if (message.type === 'screenCaptured') {
      this.captures.push(message.capture);
      return this.answered();
    }
    this.reply({ type: 'reply', id: message.id, envelope: { ok: true, value: inService } });
  }
}

/** A supervisor over `cores` started in turn; waits are recorded and over at once, the clock stands still. */
function supervise(cores: ScriptedCore[], options: Partial<SupervisorOptions> = {}, startConfig: () => unknown = () => ({})) {
  const timeline: string[] = [];
  const waits: number[] = [];
  const lines: string[] = [];
  let next = 0;
  const spawn = (): CoreChannel => {
    const core = cores[next++];
    if (!core) throw new Error('the test ran out of cores');
    timeline.push('start');
    return core;
  };
  const supervisor = new CoreSupervisor(spawn, startConfig, (line) => lines.push(line), {
    wait: async (ms) => void waits.push(ms),
    now: () => 0,
    random: () => 1,
    ...options,
  });
  const statuses: KioskStatus['service'][] = [];
  supervisor.onEvent((event, payload) => {
    if (event !== 'kiosk.status') return;
    const service = (payload as KioskStatus).service;
    statuses.push(service);
    timeline.push(`screen: ${service.state}`);
  });
  return { supervisor, timeline, waits, lines, statuses };
}

/** Resolves when the screen is told `state` for the `nth` time. */
function nthStatus(supervisor: CoreSupervisor, state: string, nth: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    supervisor.onEvent((event, payload) => {
      if (event === 'kiosk.status' && (payload as KioskStatus).service.state === state && ++seen === nth) resolve();
    });
  });
}

// A supervisor that gives up leaves a test waiting for a core that never comes: fail it soon.
describe('the core supervisor', { timeout: 10_000 }, () => {
  it('restarts a core that keeps crashing after capped, doubling waits, shows out of service meanwhile, and gets its status back when it runs', async () => {
    const first = new ScriptedCore(false);
    const crashing = Array.from({ length: 10 }, () => new ScriptedCore(true));
    const { supervisor, timeline, waits, lines, statuses } = supervise([first, ...crashing, new ScriptedCore(false)]);
    await supervisor.ready;
    // The last core's own status, then the one the supervisor asks for once it is back.
    const back = nthStatus(supervisor, 'inService', 2);
    first.exit(139);
    await back;

    // The first crash is restarted at once; then 2 s, doubling, never more than 5 minutes apart.
    expect(waits).toEqual([0, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000]);
    expect(timeline.filter((step) => step === 'start')).toHaveLength(12);
    expect(statuses.at(-1)).toEqual({ state: 'inService' });
    expect(statuses).toContainEqual({ state: 'outOfService', reason: 'coreRestarting' });
    // Out of service from the second crash in a row until the core runs again.
    const firstOut = timeline.indexOf('screen: outOfService');
    expect(timeline.slice(firstOut, timeline.lastIndexOf('start'))).not.toContain('screen: inService');
    expect(lines.join('\n')).toMatch(/11 times in a row; the kiosk shows out of service .* keeps trying/);
    expect(lines.at(-1)).toBe('core running again after 11 crashes in a row');
    expect((await supervisor.invoke('kiosk.status', {})).ok).toBe(true);
    await supervisor.shutdown();
  });

  it('restarts at once a core that had been running steadily', async () => {
    let clock = 0;
    const first = new ScriptedCore(false);
    const second = new ScriptedCore(false);
    const { supervisor, waits, statuses } = supervise([first, second, new ScriptedCore(false)], { now: () => clock });
    await supervisor.ready;
    const restarted = nthStatus(supervisor, 'inService', 1);
    clock += 60_000;
    first.exit(1);
    await restarted;
    const again = nthStatus(supervisor, 'inService', 1);
    clock += 60_000;
    second.exit(1);
    await again;
    expect(waits).toEqual([0, 0]);
    expect(statuses.map((s) => s.state)).not.toContain('outOfService');
    await supervisor.shutdown();
  });

  it('is ready once a core runs, however many failed to start before it', async () => {
    const { supervisor, waits } = supervise([new ScriptedCore(true), new ScriptedCore(true), new ScriptedCore(true), new ScriptedCore(false)]);
    await supervisor.ready;
    expect(waits).toEqual([0, 2000, 4000]);
    await supervisor.shutdown();
  });

  it('answers at once, with "please wait", a request made while the core is down', async () => {
    const first = new ScriptedCore(false);
    let release: () => void = () => undefined;
    const { supervisor } = supervise([first, new ScriptedCore(false)], { wait: () => new Promise((resolve) => (release = resolve)) });
    await supervisor.ready;
    first.exit(1);
    const reply = await supervisor.invoke('kiosk.status', {});
    expect(reply).toMatchObject({ ok: false, error: { message: '终端服务正在重新启动，请稍候再试' } });
    release();
    await supervisor.shutdown();
  });
});

describe('what the core starts as', () => {
  it('is asked again at each start: a terminal enrolled from the screen restarts as itself, not as the demo', async () => {
    let folder: unknown = { demo: true };
    const demo = new ScriptedCore(false);
    const enrolled = new ScriptedCore(false);
    const { supervisor } = supervise([demo, enrolled], {}, () => folder);
    await supervisor.ready;
    expect(demo.config).toEqual({ demo: true });
    folder = { dataDir: '/var/lib/tongban' };
    const back = nthStatus(supervisor, 'inService', 1);
    demo.askRestart();
    await back;
    expect(enrolled.config).toEqual({ dataDir: '/var/lib/tongban' });
    await supervisor.shutdown();
  });

  it('a configuration that cannot be read fails that start only: the supervisor keeps trying until it can', async () => {
    let reads = 0;
    // Half written by hand twice, then put right.
    const read = async () => {
      if (++reads <= 2) throw new Error('config.json: Unexpected end of JSON input');
      return { dataDir: '/var/lib/tongban' };
    };
    const third = new ScriptedCore(false);
    const { supervisor, lines, waits } = supervise([new ScriptedCore(false), new ScriptedCore(false), third], {}, read);
    await supervisor.ready;
    expect(lines.filter((line) => line.includes('no configuration to start the core with: config.json'))).toHaveLength(2);
    expect(waits).toEqual([0, 2000]);
    expect(third.config).toEqual({ dataDir: '/var/lib/tongban' });
    await supervisor.shutdown();
  });
});

describe("a technician's session across a restart", () => {
  it('goes on only into the core started to open reassigned devices, never after a crash', async () => {
    const first = new ScriptedCore(false);
    const reopened = new ScriptedCore(false);
    const afterCrash = new ScriptedCore(false);
    const { supervisor } = supervise([first, reopened, afterCrash]);
    await supervisor.ready;
    expect(first.technicianSession).toBe(false);
    let back = nthStatus(supervisor, 'inService', 1);
    first.askRestart(true);
    await back;
    expect(reopened.technicianSession).toBe(true);
    back = nthStatus(supervisor, 'inService', 1);
    reopened.exit(139);
    await back;
    expect(afterCrash.technicianSession).toBe(false);
    await supervisor.shutdown();
  });
});

describe('a citizen at the screen', () => {
  it('answers the core\'s screenshot with the shell\'s picture, and says why there is none before a shell shows the page', async () => {
    const core = new ScriptedCore(false);
    const { supervisor } = supervise([core]);
    await supervisor.ready;
    expect(await core.askScreen(1)).toEqual({ ok: false, reason: expect.stringContaining('cannot capture it') });
    supervisor.showsScreenWith(async () => ({ ok: true, png: 'iVBORw0KGgo=' }));
    expect(await core.askScreen(2)).toEqual({ ok: true, png: 'iVBORw0KGgo=' });
    supervisor.showsScreenWith(async () => {
      throw new Error('target closed');
    });
    expect(await core.askScreen(3)).toEqual({ ok: false, reason: expect.stringContaining('capturing the screen failed (target closed)') });
    await supervisor.shutdown();
  });

  it('is someone asking for anything but the status the screen and the watchdog poll', async () => {
    let clock = 0;
    const { supervisor } = supervise([new ScriptedCore(false)], { now: () => clock });
    await supervisor.ready;
    expect(supervisor.requestedWithin(180_000)).toBe(false);
    await supervisor.invoke('kiosk.status', {});
    expect(supervisor.requestedWithin(180_000)).toBe(false);
    await supervisor.invoke('catalog.search', { query: '社保' });
    clock += 179_000;
    expect(supervisor.requestedWithin(180_000)).toBe(true);
    clock += 1000;
    expect(supervisor.requestedWithin(180_000)).toBe(false);
    await supervisor.shutdown();
  });
});
