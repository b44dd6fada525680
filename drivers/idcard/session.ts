/**
 * The reader as a kiosk lives with it: always polling, one `card` event per placement, and
 * surviving unplugs. It opens its port through a factory so a reader pulled out and plugged back
 * in is reopened (hot-plug), with backoff while it is away. Nothing it does throws into the host:
 * every failure is an event.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { TransportClosedError, type ByteTransport } from '../transport/transport.js';
import { IdCardReader, type IdCardRead } from './reader.js';

export interface IdCardSessionOptions {
  /** Opens the reader's port; called again each time it went away. */
  open: () => Promise<ByteTransport>;
  /** Pause between find-card polls. Default 300 ms: a citizen's card is read within a third of a second. */
  pollIntervalMs?: number;
  /** Per command; see IdCardReader. */
  commandTimeoutMs?: number;
  /** First wait before reopening a port that went away, doubled on each failure. Default 250 ms. */
  reconnectInitialMs?: number;
  /** The longest wait between reopen attempts. Default 5000 ms: a replugged reader is back within seconds. */
  reconnectMaxMs?: number;
}

export interface IdCardSessionEvents {
  /** The port is open (again); the description names it for technicians. */
  connected: [description: string];
  /** A card was placed and read; not repeated while it stays on the reader. */
  card: [read: IdCardRead];
  /** The card that was read has been lifted. */
  removed: [];
  /** A failed command, read or reopen; the session carries on. A reopen failing all night is reported once. */
  error: [error: Error];
  /** Each attempt to open the port that failed, the first one included: the reader is not there (yet). */
  openFailed: [error: Error];
  /** The port went away (unplugged); the session keeps trying to reopen it. */
  disconnected: [cause: Error | undefined];
}

type EventName = keyof IdCardSessionEvents;
type Listener<E extends EventName> = (...args: IdCardSessionEvents[E]) => void;

export class IdCardSession {
  private readonly listeners = new Map<EventName, Set<(...args: never[]) => void>>();
  private readonly stopping = new AbortController();
  private readonly pollIntervalMs: number;
  private readonly reconnectInitialMs: number;
  private readonly reconnectMaxMs: number;
  private running: Promise<void> | undefined;
  private present = false;

  constructor(private readonly options: IdCardSessionOptions) {
    this.pollIntervalMs = nonNegative(options.pollIntervalMs ?? 300, 'pollIntervalMs');
    this.reconnectInitialMs = nonNegative(options.reconnectInitialMs ?? 250, 'reconnectInitialMs');
    this.reconnectMaxMs = Math.max(this.reconnectInitialMs, nonNegative(options.reconnectMaxMs ?? 5000, 'reconnectMaxMs'));
  }

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (...args: never[]) => void);
    return () => set.delete(listener as (...args: never[]) => void);
  }

  start(): void {
    this.running ??= this.run();
  }

  /** Stops polling and closes the port; resolves when both are done. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async run(): Promise<void> {
    let wait = this.reconnectInitialMs;
    let reportedOutage = false;
    while (!this.stopping.signal.aborted) {
      const connection = await this.connect(reportedOutage);
      if (!connection) {
        reportedOutage = true;
        await this.sleep(wait);
        wait = Math.min(wait * 2, this.reconnectMaxMs);
        continue;
      }
      wait = this.reconnectInitialMs;
      reportedOutage = false;
      const cause = await this.poll(connection);
      if (cause !== 'stopped') this.emit('disconnected', cause);
    }
  }

  /** Undefined when the port cannot be opened; only the first failure of an outage is reported. */
  private async connect(quiet: boolean): Promise<Connection | undefined> {
    try {
      const transport = await this.options.open();
      const connection = new Connection(transport, this.options.commandTimeoutMs);
      this.emit('connected', transport.description);
      return connection;
    } catch (error) {
      this.emit('openFailed', asError(error));
      if (!quiet) this.emit('error', asError(error));
      return undefined;
    }
  }

  /** Polls until the port goes away (resolves with its cause) or the session stops. */
  private async poll(connection: Connection): Promise<Error | undefined | 'stopped'> {
    const signal = AbortSignal.any([this.stopping.signal, connection.gone.signal]);
    while (!signal.aborted) {
      try {
        await this.pollOnce(connection.reader);
      } catch (error) {
        if (!connection.gone.signal.aborted && !(error instanceof TransportClosedError)) this.emit('error', asError(error));
      }
      await this.sleep(this.pollIntervalMs, signal);
    }
    // A card on a replugged reader is a new placement: the host may have missed what happened meanwhile.
    this.present = false;
    await connection.reader.close().catch(() => undefined);
    return this.stopping.signal.aborted ? 'stopped' : connection.cause;
  }

  private async pollOnce(reader: IdCardReader): Promise<void> {
    const found = await reader.findCard();
    if (!found) {
      if (this.present) this.emit('removed');
      this.present = false;
      return;
    }
    if (this.present) return;
    await reader.selectCard();
    const read = await reader.readTextPhoto();
    this.present = true;
    this.emit('card', read);
  }

  /** Resolves early, never rejects, when the session stops or the port goes away. */
  private async sleep(ms: number, signal: AbortSignal = this.stopping.signal): Promise<void> {
    await delay(ms, undefined, { signal }).catch(() => undefined);
  }

  /** A listener's own failure is the host's bug: it goes to the error listeners, never up the loop. */
  private emit<E extends EventName>(event: E, ...args: IdCardSessionEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as Listener<E>)(...args);
      } catch (error) {
        if (event !== 'error') this.emit('error', asError(error));
      }
    }
  }
}

/** One open port and the reader on it; `gone` aborts when the port closes under us. */
class Connection {
  readonly reader: IdCardReader;
  readonly gone = new AbortController();
  cause: Error | undefined;

  constructor(transport: ByteTransport, commandTimeoutMs: number | undefined) {
    transport.onClose((cause) => {
      this.cause = cause ?? new TransportClosedError(transport.description);
      this.gone.abort();
    });
    this.reader = new IdCardReader(transport, commandTimeoutMs === undefined ? {} : { commandTimeoutMs });
  }
}

function nonNegative(value: number, name: string): number {
  if (!(value >= 0)) throw new TypeError(`${name} must be a number of milliseconds, 0 or more`);
  return value;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
