/**
 * A transport that outlives its connection: when the device went away (a printer unplugged and
 * plugged back, a network printer rebooted), the next write opens it again. A kiosk runs for
 * months; its printer must come back without a restart. Listeners stay attached across reopens.
 */
import { TransportClosedError, type ByteTransport } from './transport.js';

export class ReopeningTransport implements ByteTransport {
  private current: ByteTransport | undefined;
  private opening: Promise<ByteTransport> | undefined;
  private closed = false;
  private readonly dataListeners = new Set<(chunk: Buffer) => void>();
  private readonly closeListeners = new Set<(error?: Error) => void>();

  constructor(
    readonly description: string,
    private readonly open: () => Promise<ByteTransport>,
  ) {}

  async write(data: Uint8Array): Promise<void> {
    const transport = await this.connected();
    await transport.write(data);
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  /** Told each time the connection drops, so a waiting status read gives up at once. */
  onClose(listener: (error?: Error) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.close();
  }

  private connected(): Promise<ByteTransport> {
    if (this.closed) return Promise.reject(new TransportClosedError(this.description));
    if (this.current) return Promise.resolve(this.current);
    this.opening ??= this.open().then(
      (transport) => this.adopt(transport),
      (error: unknown) => {
        this.opening = undefined;
        throw new TransportClosedError(`${this.description}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return this.opening;
  }

  private adopt(transport: ByteTransport): ByteTransport {
    this.current = transport;
    this.opening = undefined;
    transport.onData((chunk) => {
      for (const listener of this.dataListeners) listener(chunk);
    });
    transport.onClose((error) => {
      if (this.current === transport) this.current = undefined;
      for (const listener of this.closeListeners) listener(error);
    });
    return transport;
  }
}
