import type { ReplyEnvelope } from '../api/envelope.js';
import { CoreConnection, type CoreChannel } from './core-connection.js';

const maxRestartsPerMinute = 5;

/**
 * Keeps one core process alive behind a stable face: a crashed core is started again with the
 * same configuration, and the screen only sees one "please wait" reply, never a dead window.
 */
export class CoreSupervisor {
  private connection: CoreConnection;
  private restarts: number[] = [];
  private stopping = false;
  /** A restart the core asked for: not a crash, so it counts nothing towards giving up. */
  private restartRequested = false;
  private readonly eventListeners = new Set<(event: string, payload: unknown) => void>();

  constructor(
    private readonly spawn: () => CoreChannel,
    private readonly config: unknown,
    private readonly log: (line: string) => void,
  ) {
    this.connection = this.connect();
  }

  get ready(): Promise<void> {
    return this.connection.ready;
  }

  invoke(name: string, payload: unknown): Promise<ReplyEnvelope> {
    return this.connection.invoke(name, payload);
  }

  onEvent(listener: (event: string, payload: unknown) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  async shutdown(): Promise<void> {
    this.stopping = true;
    await this.connection.shutdown();
  }

  private connect(): CoreConnection {
    const connection = new CoreConnection(this.spawn(), this.config);
    connection.onEvent((event, payload) => {
      for (const listener of this.eventListeners) listener(event, payload);
    });
    connection.onRestartRequest(() => {
      this.restartRequested = true;
      void connection.shutdown();
    });
    void connection.exited.then((code) => this.restart(code));
    connection.ready.catch((error: unknown) => this.log(`core did not start: ${error instanceof Error ? error.message : String(error)}`));
    return connection;
  }

  private restart(code: number | null): void {
    if (this.stopping) return;
    if (this.restartRequested) {
      this.restartRequested = false;
      this.log('core restarting, as a technician asked');
      this.connection = this.connect();
      return;
    }
    const now = Date.now();
    this.restarts = this.restarts.filter((at) => now - at < 60_000).concat(now);
    if (this.restarts.length > maxRestartsPerMinute) {
      this.log(`core exited (code ${code}) ${maxRestartsPerMinute} times within a minute; not restarting: see the log above`);
      return;
    }
    this.log(`core exited (code ${code}); restarting`);
    this.connection = this.connect();
  }
}
