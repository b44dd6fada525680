/** A ByteTransport over a serial port (or a pty), on the serialport package. */
import { SerialPort } from 'serialport';
import { TransportClosedError, type ByteTransport } from './transport.js';
import { Listeners } from './listeners.js';

export interface SerialOptions {
  baudRate: number;
}

/** Opening failed; the message is one line a technician can act on. */
export class SerialOpenError extends Error {
  override readonly name = 'SerialOpenError';
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

export async function openSerial(path: string, options: SerialOptions): Promise<ByteTransport> {
  if (!(Number.isInteger(options.baudRate) && options.baudRate > 0)) {
    throw new TypeError(`baudRate must be a positive whole number, got ${options.baudRate}`);
  }
  const port = new SerialPort({ path, baudRate: options.baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => (error ? reject(openError(path, error)) : resolve()));
  });
  return new SerialTransport(port, `${path} @ ${options.baudRate}`);
}

class SerialTransport implements ByteTransport {
  private closed = false;
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(
    private readonly port: SerialPort,
    readonly description: string,
  ) {
    // The close event carries a DisconnectedError when the device was unplugged.
    port.on('close', (error?: Error) => this.shut(error));
    // Without a listener an 'error' event would crash the process; writes report their own.
    port.on('error', () => undefined);
  }

  write(data: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new TransportClosedError(this.description));
    return new Promise((resolve, reject) => {
      this.port.write(Buffer.from(data), (error) => {
        if (error) reject(Object.assign(new TransportClosedError(this.description), { cause: error }));
        // A pty or USB adapter that vanished mid-write fails the drain (EIO): that is an unplug too.
        else this.port.drain((drainError) => (drainError ? reject(Object.assign(new TransportClosedError(this.description), { cause: drainError })) : resolve()));
      });
    });
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.port.on('data', listener);
    return () => this.port.off('data', listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed || !this.port.isOpen) return this.shut(undefined);
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
    this.shut(undefined);
  }

  private shut(error: Error | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.closeListeners.emit(error);
  }
}

function openError(path: string, error: Error): SerialOpenError {
  const text = error.message;
  if (/ENOENT|No such file|cannot find|File not found/i.test(text)) {
    return new SerialOpenError(
      `找不到串口 ${path} / serial port not found: check the cable and \`tongban device list\``, error);
  }
  if (/EACCES|Permission denied|Access denied/i.test(text)) {
    return new SerialOpenError(
      `无权打开串口 ${path} / permission denied: add the kiosk user to the dialout group, or check the udev rule`, error);
  }
  if (/EBUSY|Cannot lock port|Resource busy|in use/i.test(text)) {
    return new SerialOpenError(
      `串口 ${path} 被占用 / serial port is in use by another program: stop it (e.g. the vendor's demo tool) and retry`, error);
  }
  return new SerialOpenError(`无法打开串口 ${path} / cannot open serial port: ${text}`, error);
}
