import type { ReplyEnvelope } from '../api/envelope.js';
import { kioskStatusSchema, type KioskStatus } from '../api/values.js';
import { backoffDelay, type BackoffOptions } from '../core/sync/backoff.js';
import { CoreConnection, type CoreChannel } from './core-connection.js';
import { noScreen, type CaptureScreen } from './screen-source.js';

export interface SupervisorOptions {
  /** Restarts after the first of a run of crashes wait this long, doubling; default 2 s up to 5 min. */
  backoff: BackoffOptions;
  /** A core that ran this long before it exited had not been crash-looping. Default 1 min. */
  stableMs: number;
  /** Injected so that a test decides when a wait is over. */
  wait: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
}

const defaults: SupervisorOptions = {
  backoff: { baseMs: 2000, maxMs: 5 * 60_000 },
  stableMs: 60_000,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: Math.random,
};

/**
 * Keeps one core process alive behind a stable face, and never gives up on it: a terminal in a
 * village has nobody to restart it. The first crash is restarted at once (the screen sees one
 * "please wait" reply); a core that keeps crashing is restarted after a capped, doubling wait,
 * during which the screen shows out of service and a line in the log (journald under systemd)
 * tells the technician. When it runs again, the screen gets its real status back.
 */
export class CoreSupervisor {
  private connection: CoreConnection;
  /** Crashes in a row, each within stableMs of its start. */
  private crashes = 0;
  private startedAt: number;
  private stopping = false;
  private lastStatus: KioskStatus | undefined;
  /** When the screen last asked for anything but the status it polls: a citizen at it. */
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private resolveReady: () => void = () => undefined;
  /** The first time any core is ready: a core that fails at first is retried like a crashed one. */
  readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  private readonly options: SupervisorOptions;
  /** A restart the core asked for: not a crash, so it counts nothing towards giving up. */
  private restartRequested: { keepTechnician: boolean } | undefined;
  private readonly eventListeners = new Set<(event: string, payload: unknown) => void>();
  private captureScreen: CaptureScreen = noScreen;

  /**
   * startConfig is asked at every start and restart: what to start can change between them (a
   * terminal enrolled from technician mode's screen starts as that terminal, a device a technician
   * moved to another port is opened there).
   */
  constructor(
    private readonly spawn: () => CoreChannel,
    private readonly startConfig: () => unknown,
    private readonly log: (line: string) => void,
    options: Partial<SupervisorOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
    this.startedAt = this.options.now();
    this.connection = this.connect();
  }

  invoke(name: string, payload: unknown): Promise<ReplyEnvelope> {
    if (name !== 'kiosk.status') this.lastRequestAt = this.options.now();
    return this.connection.invoke(name, payload);
  }

  /** Whether anything but a status was asked for in the last `ms`. */
  requestedWithin(ms: number): boolean {
    return this.options.now() - this.lastRequestAt < ms;
  }

  onEvent(listener: (event: string, payload: unknown) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** How the shell that shows the page takes it as the screen shows it; set once the window is up. */
  showsScreenWith(capture: CaptureScreen): void {
    this.captureScreen = capture;
  }

  async shutdown(): Promise<void> {
    this.stopping = true;
    await this.connection.shutdown();
  }

  private emit(event: string, payload: unknown): void {
    if (event === 'kiosk.status') this.lastStatus = kioskStatusSchema.safeParse(payload).data ?? this.lastStatus;
    for (const listener of this.eventListeners) listener(event, payload);
  }

  /** keepTechnician: only on a restart the core asked for with a technician's session open. */
  private connect(keepTechnician = false): CoreConnection {
    const connection = new CoreConnection(this.spawn(), this.configNow(), keepTechnician);
    connection.onEvent((event, payload) => this.emit(event, payload));
    connection.onCaptureRequest(() => this.captureScreen());
    connection.onRestartRequest((keepTechnician) => {
      this.restartRequested = { keepTechnician };
      void connection.shutdown();
    });
    void connection.exited.then((code) => this.restart(code));
    connection.ready.then(
      () => this.recovered(),
      (error: unknown) => this.log(`core did not start: ${error instanceof Error ? error.message : String(error)}`),
    );
    return connection;
  }

  /** A configuration that throws fails this start only, as a crash does (core-connection.ts). */
  private configNow(): unknown {
    try {
      return this.startConfig();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async restart(code: number | null): Promise<void> {
    if (this.stopping) return;
    const requested = this.restartRequested;
    if (requested) {
      this.restartRequested = undefined;
      this.log('core restarting, as a technician asked');
      this.startedAt = this.options.now();
      this.connection = this.connect(requested.keepTechnician);
      return;
    }
    const ranMs = this.options.now() - this.startedAt;
    this.crashes = ranMs >= this.options.stableMs ? 1 : this.crashes + 1;
    const delay = this.crashes === 1 ? 0 : backoffDelay(this.crashes - 2, this.options.backoff, this.options.random);
    if (delay === 0) this.log(`core exited (code ${code}); restarting`);
    else this.backingOff(code, delay);
    await this.options.wait(delay);
    if (this.stopping) return;
    this.startedAt = this.options.now();
    this.connection = this.connect();
  }

  private backingOff(code: number | null, delay: number): void {
    this.log(
      `core exited (code ${code}), ${this.crashes} times in a row; the kiosk shows out of service and starts it again in ${Math.round(delay / 1000)} s, and keeps trying: see the core's lines above`,
    );
    if (this.lastStatus) this.emit('kiosk.status', { ...this.lastStatus, service: { state: 'outOfService', reason: 'coreRestarting' } });
  }

  /** The screen may still show the out-of-service status sent while the core was down. */
  private async recovered(): Promise<void> {
    this.resolveReady();
    if (this.crashes < 2) return;
    this.log(`core running again after ${this.crashes} crashes in a row`);
    const reply = await this.connection.invoke('kiosk.status', {});
    if (reply.ok) this.emit('kiosk.status', reply.value);
  }
}
