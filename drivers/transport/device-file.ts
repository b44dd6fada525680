/**
 * A printer as a character device, e.g. /dev/usb/lp0 from the kernel's usblp driver: bytes are
 * written to the file and status replies read back from it. The device is opened non-blocking and
 * read only while someone listens (a status exchange), polling every few milliseconds: a blocking
 * read on a printer that never answers would hold one of libuv's four worker threads for good and
 * keep the file from closing.
 */
import { constants, promises as fs } from 'node:fs';
import { TransportClosedError, type ByteTransport } from './transport.js';
import { Listeners } from './listeners.js';

export interface DeviceFileOptions {
  /** Default 10 ms between reads while listening. */
  pollMs?: number;
  /** Default 10 s: how long a write may wait for a printer whose buffer is full. */
  writeTimeoutMs?: number;
}

export class DeviceFileOpenError extends Error {
  constructor(path: string, code: string | undefined) {
    const hint =
      code === 'EACCES'
        ? 'add this user to the lp group (`usermod -aG lp USER`) or check the udev rule'
        : 'check the cable and power, and `ls /dev/usb/` for the printer';
    super(`无法打开打印机设备 / cannot open printer device ${path} (${code ?? 'error'}): ${hint}`);
    this.name = 'DeviceFileOpenError';
  }
}

const isBusy = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'EAGAIN';
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class DeviceFileTransport implements ByteTransport {
  private closed = false;
  private polling = false;
  private readonly buffer = Buffer.alloc(256);
  private readonly dataListeners = new Listeners<Buffer>();
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(
    readonly description: string,
    private readonly file: fs.FileHandle,
    private readonly pollMs: number,
    private readonly writeTimeoutMs: number,
  ) {}

  async write(data: Uint8Array): Promise<void> {
    const deadline = Date.now() + this.writeTimeoutMs;
    for (let offset = 0; offset < data.length; ) {
      if (this.closed) throw new TransportClosedError(this.description);
      try {
        offset += (await this.file.write(data, offset, data.length - offset)).bytesWritten;
      } catch (error) {
        if (!isBusy(error)) throw this.lost(error);
        if (Date.now() > deadline) throw new TransportClosedError(`${this.description}: printer buffer full for ${this.writeTimeoutMs} ms`);
        await pause(this.pollMs);
      }
    }
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    const remove = this.dataListeners.add(listener);
    void this.poll();
    return remove;
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.shut(undefined);
    await this.file.close();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    while (!this.closed && this.dataListeners.size > 0) {
      const chunk = await this.readOnce();
      if (chunk === undefined) break;
      if (chunk.length > 0) this.dataListeners.emit(chunk);
      else await pause(this.pollMs);
    }
    this.polling = false;
  }

  /** What is there now (maybe nothing), or undefined once the device is gone. */
  private async readOnce(): Promise<Buffer | undefined> {
    try {
      const { bytesRead } = await this.file.read(this.buffer, 0, this.buffer.length, null);
      return Buffer.from(this.buffer.subarray(0, bytesRead));
    } catch (error) {
      if (isBusy(error)) return Buffer.alloc(0);
      this.lost(error);
      return undefined;
    }
  }

  /** EIO or ENODEV: the printer was unplugged; everyone waiting is told at once. */
  private lost(error: unknown): Error {
    const reason = error instanceof Error ? error : new Error(String(error));
    this.shut(reason);
    void this.file.close().catch(() => undefined);
    return new TransportClosedError(`${this.description}: ${reason.message}`);
  }

  private shut(error: Error | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.closeListeners.emit(error);
  }
}

export async function openDeviceFile(path: string, options: DeviceFileOptions = {}): Promise<ByteTransport> {
  try {
    const file = await fs.open(path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
    return new DeviceFileTransport(`device ${path}`, file, options.pollMs ?? 10, options.writeTimeoutMs ?? 10_000);
  } catch (error) {
    throw new DeviceFileOpenError(path, (error as NodeJS.ErrnoException).code);
  }
}
