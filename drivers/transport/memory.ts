import { TransportClosedError, type ByteTransport } from './transport.js';
import { Listeners } from './listeners.js';

type Listener<T> = (value: T) => void;

/** One end of an in-process pair; what is written here is delivered to the other end. */
class MemoryEnd implements ByteTransport {
  peer: MemoryEnd | undefined;
  private closed = false;
  private readonly dataListeners = new Listeners<Buffer>();
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(readonly description: string) {}

  async write(data: Uint8Array): Promise<void> {
    if (this.closed || !this.peer) throw new TransportClosedError(this.description);
    const chunk = Buffer.from(data);
    const peer = this.peer;
    // Deliver on a later turn, as a real device would, so no caller relies on re-entrancy.
    queueMicrotask(() => peer.deliver(chunk));
  }

  onData(listener: Listener<Buffer>): () => void {
    return this.dataListeners.add(listener);
  }

  onClose(listener: Listener<Error | undefined>): () => void {
    return this.closeListeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.shut();
    this.peer?.shut();
  }

  private deliver(chunk: Buffer): void {
    if (this.closed) return;
    this.dataListeners.emit(chunk);
  }

  private shut(): void {
    if (this.closed) return;
    this.closed = true;
    this.closeListeners.emit(undefined);
  }
}

/**
 * Two connected in-process transports: the fallback for simulators where no pty can be made
 * (no socat), and the fast path for unit tests of a driver against its simulator.
 */
export function memoryPair(name = 'memory'): [ByteTransport, ByteTransport] {
  const host = new MemoryEnd(`${name} (host end)`);
  const device = new MemoryEnd(`${name} (device end)`);
  host.peer = device;
  device.peer = host;
  return [host, device];
}
