/**
 * A transport that outlives its connection: when the device went away (a printer unplugged and
 * plugged back, a network printer rebooted), the next write opens it again. A kiosk runs for
 * months; its printer must come back without a restart. Listeners stay attached across reopens.
 */
import { TransportClosedError, type ByteTransport } from './transport.js';
import { Listeners } from './listeners.js';

export class ReopeningTransport implements ByteTransport {
  private current: ByteTransport | undefined;
  private opening: Promise<ByteTransport> | undefined;
  private closed = false;
  private readonly dataListeners = new Listeners<Buffer>();
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(
    readonly description: string,
    private readonly open: () => Promise<ByteTransport>,
  ) {}

  async write(data: Uint8Array): Promise<void> {
    const transport = await this.connected();
    await transport.write(data);
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.dataListeners.add(listener);
  }

  /** Told each time the connection drops, so a waiting status read gives up at once. */
  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
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
      this.dataListeners.emit(chunk);
    });
    transport.onClose((error) => {
      if (this.current === transport) this.current = undefined;
      this.closeListeners.emit(error);
    });
    return transport;
  }
}
