import type { ReplyEnvelope } from '../api/envelope.js';
import { fromCoreSchema, type FromCore, type ToCore } from '../api/process.js';
import { failedCapture, noScreen, type CaptureScreen } from './screen-source.js';

/** What the shell needs of the core's process, whether a utilityProcess or a forked child. */
export interface CoreChannel {
  send(message: ToCore): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

const unavailable: ReplyEnvelope = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: '终端服务正在重新启动，请稍候再试',
    hint: '您已提交的办件不会丢失',
    en: { message: 'The terminal is restarting; please try again in a moment', hint: 'Applications you already submitted are not lost' },
  },
};

/**
 * The shell's side of the core process: numbered requests, replies matched by id, events passed
 * on. If the core dies, every waiting request is answered at once instead of hanging the screen.
 */
export class CoreConnection {
  private nextId = 1;
  /** A dead process may not say so when written to (a utilityProcess drops the message). */
  private gone = false;
  private readonly pending = new Map<number, (envelope: ReplyEnvelope) => void>();
  private readonly eventListeners = new Set<(event: string, payload: unknown) => void>();
  private restartListener: (keepTechnician: boolean) => void = () => undefined;
  private captureScreen: CaptureScreen = noScreen;
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;

  /**
   * config: what this core starts as, which may take reading (and unsealing) first;
   * technicianSession: the technician who had the previous core restart it is still in.
   */
  constructor(
    private readonly channel: CoreChannel,
    config: unknown,
    technicianSession = false,
  ) {
    let failStart: (error: Error) => void = () => undefined;
    this.ready = new Promise((resolve, reject) => {
      failStart = reject;
      channel.onMessage((raw) => this.receive(raw, resolve, reject));
      channel.onExit((code) => reject(new Error(`core process exited (code ${code}) before it was ready`)));
    });
    this.exited = new Promise((resolve) => channel.onExit(resolve));
    void this.exited.then(() => {
      this.gone = true;
      this.failPending();
    });
    // A configuration that cannot be had (a config.json broken by hand) is a core that failed to
    // start: its process goes, and the supervisor tries again as after any crash.
    void Promise.resolve(config).then(
      (value) => {
        try {
          channel.send({ type: 'start', config: value, technicianSession });
        } catch {
          // A core gone before it could be told to start says so by its exit (ready rejects).
        }
      },
      (error: unknown) => {
        failStart(new Error(`no configuration to start the core with: ${error instanceof Error ? error.message : String(error)}`));
        channel.kill();
      },
    );
  }

  invoke(name: string, payload: unknown): Promise<ReplyEnvelope> {
    if (this.gone) return Promise.resolve(unavailable);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        this.channel.send({ type: 'invoke', id, name, payload });
      } catch {
        this.pending.delete(id);
        resolve(unavailable);
      }
    });
  }

  onEvent(listener: (event: string, payload: unknown) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** The core asked to be started again (technician.restart, devices reassigned). */
  onRestartRequest(listener: (keepTechnician: boolean) => void): void {
    this.restartListener = listener;
  }

  /** How this shell answers the core's captureScreen (a screenshot command). */
  onCaptureRequest(capture: CaptureScreen): void {
    this.captureScreen = capture;
  }

  async shutdown(): Promise<void> {
    try {
      this.channel.send({ type: 'shutdown' });
    } catch {
      return;
    }
    const timer = setTimeout(() => this.channel.kill(), 5000);
    await this.exited;
    clearTimeout(timer);
  }

  private receive(raw: unknown, ready: () => void, fail: (error: Error) => void): void {
    const parsed = fromCoreSchema.safeParse(raw);
    if (!parsed.success) return;
    this.handle(parsed.data, ready, fail);
  }

  private handle(message: FromCore, ready: () => void, fail: (error: Error) => void): void {
    if (message.type === 'ready') ready();
    else if (message.type === 'fatal') fail(new Error(message.message));
    else if (message.type === 'event') for (const listener of this.eventListeners) listener(message.event, message.payload);
    else if (message.type === 'restart') this.restartListener(message.keepTechnician);
    else if (message.type === 'captureScreen') void this.capture(message.id);
    else {
      this.pending.get(message.id)?.(message.envelope);
      this.pending.delete(message.id);
    }
  }

  private async capture(id: number): Promise<void> {
    const capture = await this.captureScreen().catch(failedCapture);
    try {
      this.channel.send({ type: 'screenCaptured', id, capture });
    } catch {
      // The core is gone: its command is reported failed when it starts again (command-record.ts).
    }
  }

  private failPending(): void {
    for (const resolve of this.pending.values()) resolve(unavailable);
    this.pending.clear();
  }
}
