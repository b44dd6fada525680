/**
 * Raw TCP to a network printer (the "port 9100" / JetDirect convention): the socket carries the
 * same ESC/POS bytes as a serial cable, status replies included.
 */
import net from 'node:net';
import { TransportClosedError, type ByteTransport } from './transport.js';
import { Listeners } from './listeners.js';

export interface TcpOptions {
  /** Default 5000 ms: a printer on the LAN answers in milliseconds, or it is not there. */
  connectTimeoutMs?: number;
}

class TcpTransport implements ByteTransport {
  private closed = false;
  private readonly closeListeners = new Listeners<Error | undefined>();
  private lastError: Error | undefined;

  constructor(
    readonly description: string,
    private readonly socket: net.Socket,
  ) {
    socket.on('error', (error) => (this.lastError = error));
    socket.on('close', () => this.shut());
  }

  write(data: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new TransportClosedError(this.description));
    return new Promise((resolve, reject) => {
      this.socket.write(data, (error) => (error ? reject(new TransportClosedError(`${this.description}: ${error.message}`)) : resolve()));
    });
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.socket.on('data', listener);
    return () => this.socket.off('data', listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.end();
      // A printer that never acknowledges the FIN must not keep the kiosk waiting.
      setTimeout(() => this.socket.destroy(), 1000).unref();
    });
  }

  private shut(): void {
    if (this.closed) return;
    this.closed = true;
    this.closeListeners.emit(this.lastError);
  }
}

/** Either end of an established connection: the kiosk's, or a simulated network printer's. */
export function socketTransport(description: string, socket: net.Socket): ByteTransport {
  return new TcpTransport(description, socket);
}

/** Connects, or rejects with a message that says which address failed and what to check. */
export function openTcp(host: string, port: number, options: TcpOptions = {}): Promise<ByteTransport> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new TypeError(`TCP port must be 1-65535, got ${port}`);
  const timeoutMs = options.connectTimeoutMs ?? 5000;
  const description = `tcp ${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host, port });
    const fail = (reason: string): void => {
      socket.destroy();
      reject(new Error(`无法连接打印机 / cannot connect to printer at ${description}: ${reason}; check the address, the cable and that the printer is on`));
    };
    socket.setTimeout(timeoutMs, () => fail(`no answer within ${timeoutMs} ms`));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    socket.once('connect', () => {
      socket.setTimeout(0);
      socket.removeAllListeners('error');
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 10_000);
      resolve(new TcpTransport(description, socket));
    });
  });
}
